import { z } from 'zod';
import { readNumber } from './number-text.ts';
import { formatWarekiFiscalYear, parseFiscalYear } from './fiscal-year.ts';

// Messages zod writes itself (those the loader does not reword) come out in Japanese.
z.config(z.locales.ja());

/** Ids are short, stable and safe in file names: letters, digits, - and _, or Japanese. */
export const Id = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .pipe(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u, 'IDに使えるのは文字・数字・「-」「_」「.」だけです'));

export const Text = z.string().trim().min(1, '空欄です');

/** A number as typed: 1,234 / １２３ / △5 are read; blank and "－" are absent. */
export const NumberValue = z.unknown().transform((raw, ctx) => {
  const reading = readNumber(raw);
  if (reading.kind === 'number') return reading.value;
  if (reading.kind === 'absent') return undefined;
  if (reading.kind === 'too-large') {
    ctx.addIssue({
      code: 'custom',
      params: { code: 'NOT_A_NUMBER' },
      message: `「${reading.text}」は桁が多すぎます（1,000兆以上の値は扱えません）。桁の誤りではありませんか`,
    });
    return z.NEVER;
  }
  ctx.addIssue({
    code: 'custom',
    params: { code: 'NOT_A_NUMBER' },
    message: `「${reading.text}」は数値として読めません（単位は unit 欄に書きます）`,
  });
  return z.NEVER;
});

/** A fiscal year as typed: 2024, "2024年度", "令和6年度", "R6". */
export const FiscalYear = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  const year = parseFiscalYear(raw);
  if (year !== undefined) return year;
  ctx.addIssue({
    code: 'custom',
    params: { code: 'BAD_FISCAL_YEAR' },
    message: `「${raw}」は年度として読めません（例: 2024 または 令和6年度）`,
  });
  return z.NEVER;
});

/**
 * A map keyed by fiscal year (YAML keys are strings). Keys written as 和暦 are read too;
 * two keys naming the same year are an error rather than a silent overwrite.
 */
export function byFiscalYear<T extends z.ZodType>(value: T) {
  return z.record(z.string(), value).transform((record, ctx) => {
    const out = new Map<number, z.output<T>>();
    for (const [key, v] of Object.entries(record)) {
      const year = parseFiscalYear(key);
      if (year === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          params: { code: 'BAD_FISCAL_YEAR' },
          message: `「${key}」は年度として読めません（例: 2024 または 令和6年度）`,
        });
      } else if (out.has(year)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          params: { code: 'DUPLICATE_YEAR' },
          message: `${formatWarekiFiscalYear(year)}が二度書かれています`,
        });
      } else {
        out.set(year, v as z.output<T>);
      }
    }
    return out;
  });
}

/** Optional free text kept beside data so a reviewer can check it against the source. */
export const Note = Text.optional();

/** A labelled block of the document's own prose (取組状況, 課題認識, …). */
export const Detail = z.strictObject({
  label: Text,
  text: Text,
  fiscalYear: FiscalYear.optional(),
});
export type Detail = z.infer<typeof Detail>;

/** One or more department names as written in the document (「A課、B課」 is a list). */
export const DepartmentRefs = z.union([Text, z.array(Text).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name (Asia/Tokyo). */
export const TimeZone = z.string().refine(isTimeZone, 'タイムゾーンの名前ではありません（例: Asia/Tokyo）');
