// Numbers as people type them in spreadsheets and Japanese documents.

/** Cells that mean "nothing was entered": they are absent, never 0. */
const BLANK = /^(|-|－|‐|―|—|ー|–|\/|＿|_)$/;

export type NumberReading =
  | { kind: 'absent' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; text: string };

/**
 * Full-width digits, 桁区切り commas and 「△」「▲」 minus signs are normalised;
 * a blank cell or a lone dash is absent. Units are not stripped here: a value
 * with a unit attached is invalid, so the unit goes into its own field.
 */
export function readNumber(raw: unknown): NumberReading {
  if (raw === null || raw === undefined) return { kind: 'absent' };
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'invalid', text: String(raw) };
  }
  if (typeof raw !== 'string') return { kind: 'invalid', text: String(raw) };
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  if (BLANK.test(text)) return { kind: 'absent' };
  const signed = text.replace(/^[△▲]/, '-');
  const plain = signed.replace(/(?<=\d),(?=\d{3}(\D|$))/g, '');
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return { kind: 'number', value: Number(plain) };
  return { kind: 'invalid', text: raw };
}
