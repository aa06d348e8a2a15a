// Numbers as people type them in spreadsheets and Japanese documents.

/** Cells that mean "nothing was entered": they are absent, never 0. */
const BLANK = /^(|-|－|‐|―|—|ー|–|\/|＿|_)$/;

/**
 * Figures a municipal document can print: beyond this (1,000兆) a value is a slipped digit or an
 * error of the file, and would print in exponent form or lose digits.
 */
export const LARGEST_FIGURE = 1e15;

export type NumberReading =
  | { kind: 'absent' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; text: string }
  /** Digits that read as a number too large to print or compute with (Infinity, 1e23). */
  | { kind: 'too-large'; text: string };

/** Digits read as a number that can be printed, or as too many digits (400 nines read as Infinity). */
function bounded(value: number, text: string): NumberReading {
  return Number.isFinite(value) && Math.abs(value) < LARGEST_FIGURE ? { kind: 'number', value } : { kind: 'too-large', text };
}

/**
 * Full-width digits, 桁区切り commas and 「△」「▲」 minus signs are normalised;
 * a blank cell or a lone dash is absent. Units are not stripped here: a value
 * with a unit attached is invalid, so the unit goes into its own field.
 */
export function readNumber(raw: unknown): NumberReading {
  if (raw === null || raw === undefined) return { kind: 'absent' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? bounded(raw, String(raw)) : { kind: 'invalid', text: String(raw) };
  if (typeof raw !== 'string') return { kind: 'invalid', text: String(raw) };
  const trimmed = raw.normalize('NFKC').trim();
  // 「12 34」 is two figures or a typo, never 1234.
  if (/\d\s+\d/.test(trimmed)) return { kind: 'invalid', text: raw };
  const text = trimmed.replace(/\s+/g, '');
  if (BLANK.test(text)) return { kind: 'absent' };
  const signed = text.replace(/^[△▲]/, '-');
  const plain = signed.replace(/(?<=\d),(?=\d{3}(\D|$))/g, '');
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return bounded(Number(plain), raw);
  return { kind: 'invalid', text: raw };
}
