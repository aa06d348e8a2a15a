// Template helpers for ja-JP figures. Each throws on a missing or non-numeric value, so a report
// never prints "undefined" or "NaN"; the template set turns the throw into a located error.
import { formatFiscalYear, formatWarekiFiscalYear } from '../../model/fiscal-year.ts';
import { formatNumber, formatPercent, formatQuantity, formatSigned } from '../format-ja.ts';

/** What Handlebars passes last to a helper; its own types omit `loc`. */
interface HelperOptions {
  loc?: { start: { line: number } };
}

export class HelperValueError extends Error {
  constructor(
    readonly helper: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return '値がありません';
  if (value === null) return '値が空です';
  return `「${String(value)}」は数値ではありません`;
}

function numberArg(helper: string, value: unknown, options: HelperOptions): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new HelperValueError(helper, options.loc?.start.line, `{{${helper}}} に渡された${describe(value)}`);
  }
  return value;
}

function textArg(helper: string, value: unknown, options: HelperOptions): string {
  if (typeof value !== 'string') throw new HelperValueError(helper, options.loc?.start.line, `{{${helper}}} に渡された${describe(value)}（文字が必要です）`);
  return value;
}

function dateArg(helper: string, value: unknown, options: HelperOptions): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new HelperValueError(helper, options.loc?.start.line, `{{${helper}}} に渡された${describe(value)}（日付が必要です）`);
  return date;
}

/** Handlebars calls a helper with its arguments followed by the options object. */
type Helper = (...args: unknown[]) => string;
const args = (raw: unknown[]) => ({ params: raw.slice(0, -1), options: raw.at(-1) as HelperOptions });

export const HELPER_NAMES = ['number', 'quantity', 'signed', 'percent', 'fiscalYear', 'wareki', 'date', 'time'] as const;

/** The helpers, with dates and times shown in `timeZone` (the data's one configured time zone). */
export function createHelpers(timeZone: string): Record<(typeof HELPER_NAMES)[number], Helper> {
  const dateFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone });
  const timeFormat = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', timeZone, hour12: false });
  // A date without a time (a deadline, 2025-06-30) is a calendar day: no zone may move it.
  const dayFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return {
    /** {{number 3400}} → 3,400 */
    number: (...raw) => {
      const { params, options } = args(raw);
      return formatNumber(numberArg('number', params[0], options));
    },
    /** {{quantity 3400 "人"}} → 3,400人 */
    quantity: (...raw) => {
      const { params, options } = args(raw);
      return formatQuantity(numberArg('quantity', params[0], options), textArg('quantity', params[1], options));
    },
    /** {{signed -5.7 "日"}} → −5.7日 */
    signed: (...raw) => {
      const { params, options } = args(raw);
      return formatSigned(numberArg('signed', params[0], options), textArg('signed', params[1], options));
    },
    /** {{percent 0.8235}} → 82.4% */
    percent: (...raw) => {
      const { params, options } = args(raw);
      return formatPercent(numberArg('percent', params[0], options));
    },
    /** {{fiscalYear 2024}} → 令和6年度（2024年度） */
    fiscalYear: (...raw) => {
      const { params, options } = args(raw);
      return formatFiscalYear(numberArg('fiscalYear', params[0], options));
    },
    /** {{wareki 2024}} → 令和6年度 */
    wareki: (...raw) => {
      const { params, options } = args(raw);
      return formatWarekiFiscalYear(numberArg('wareki', params[0], options));
    },
    /** {{date generatedAt}} → 令和8年11月23日 */
    date: (...raw) => {
      const { params, options } = args(raw);
      const day = typeof params[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(params[0]);
      return (day ? dayFormat : dateFormat).format(dateArg('date', params[0], options));
    },
    /** {{time generatedAt}} → 16:05 */
    time: (...raw) => {
      const { params, options } = args(raw);
      return timeFormat.format(dateArg('time', params[0], options));
    },
  };
}
