// Days a city hall is closed (行政機関の休日に関する法律 第1条): Saturdays, Sundays, national holidays
// (国民の祝日, including 振替休日 and 国民の休日) and the year-end break of 12月29日 to 1月3日.
import holidayJp from '@holiday-jp/holiday_jp';

const HOLIDAYS = holidayJp.holidays as Readonly<Record<string, { name: string }>>;

/** Why `date` (YYYY-MM-DD) is a closed day, or undefined when it is a business day. */
export function closedDayReason(date: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const holiday = HOLIDAYS[date];
  if (holiday) return holiday.name;
  if ((month === 12 && day >= 29) || (month === 1 && day <= 3)) return '年末年始の休日';
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0) return '日曜日';
  if (weekday === 6) return '土曜日';
  return undefined;
}
