// Fiscal years are Western integers: FY2024 = 令和6年度 = April 2024 – March 2025.

export interface Era {
  name: '令和' | '平成' | '昭和';
  short: 'R' | 'H' | 'S';
  /** Fiscal year that is 元年度 (year 1) of the era. */
  firstFiscalYear: number;
  /** The last year of the era a document can name: 平成31年度 is still written for FY2019 (令和元年度). */
  lastYear?: number;
}

// By convention the fiscal year in which an era began is named after the new era
// (FY2019 = 令和元年度, FY1989 = 平成元年度), so each era's year 1 is its first fiscal year.
export const ERAS: readonly Era[] = [
  { name: '令和', short: 'R', firstFiscalYear: 2019 },
  { name: '平成', short: 'H', firstFiscalYear: 1989, lastYear: 31 },
  { name: '昭和', short: 'S', firstFiscalYear: 1926, lastYear: 63 },
];

export const MIN_FISCAL_YEAR = 1926;
export const MAX_FISCAL_YEAR = 2100;

export interface WarekiYear {
  era: Era['name'];
  year: number;
}

export function toWareki(fiscalYear: number): WarekiYear {
  const era = ERAS.find((e) => fiscalYear >= e.firstFiscalYear);
  if (!era || !Number.isInteger(fiscalYear)) {
    throw new RangeError(`和暦に変換できない年度です: ${fiscalYear}`);
  }
  return { era: era.name, year: fiscalYear - era.firstFiscalYear + 1 };
}

/** 令和6年度 (元年度 for year 1). */
export function formatWarekiFiscalYear(fiscalYear: number): string {
  const { era, year } = toWareki(fiscalYear);
  return `${era}${year === 1 ? '元' : year}年度`;
}

/** 令和6年度（2024年度）: the form reports print. */
export function formatFiscalYear(fiscalYear: number): string {
  return `${formatWarekiFiscalYear(fiscalYear)}（${fiscalYear}年度）`;
}

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function parseEraYear(text: string): number | undefined {
  if (text === '元') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  // 十 forms as written in older documents: 十, 十二, 二十, 三十一.
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? KANJI_DIGITS[m[1]] : undefined;
  return (m[1] ? KANJI_DIGITS[m[1]]! : 1) * 10 + (m[3] ? KANJI_DIGITS[m[3]]! : 0);
}

/**
 * Reads a fiscal year as people write it: 2024, "2024", "2024年度", "令和6年度",
 * "令和元年度", "R6", "H30年度", "平成三十年度". Returns undefined when it is not one.
 */
export function parseFiscalYear(input: string | number): number | undefined {
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= MIN_FISCAL_YEAR && input <= MAX_FISCAL_YEAR ? input : undefined;
  }
  const text = input
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(年度|年)$/, '');
  if (/^\d{4}$/.test(text)) return parseFiscalYear(Number(text));
  for (const era of ERAS) {
    for (const prefix of [era.name, era.short, era.short.toLowerCase()]) {
      if (!text.startsWith(prefix)) continue;
      const year = parseEraYear(text.slice(prefix.length));
      if (year === undefined || year < 1 || (era.lastYear !== undefined && year > era.lastYear)) return undefined;
      return parseFiscalYear(era.firstFiscalYear + year - 1);
    }
  }
  return undefined;
}

// A date without a time (a deadline, 2025-06-30) is a calendar day: no zone may move it.
const dayFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** 2025-06-30 → 令和7年6月30日. */
export function formatCalendarDay(isoDate: string): string {
  return dayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
