// A data-folder CSV (UTF-8, with or without BOM) read by its headings: each row's cells by field,
// and every unreadable file, unknown heading or stray cell as a problem naming row and column.
import { parse } from 'csv-parse/sync';
import type { Problem } from './problem.ts';

export interface CsvRecord<F extends string> {
  line: number;
  /** The trimmed cell of a field, undefined when empty or when the file has no such column. */
  cell(field: F): string | undefined;
  /** Where a field's cell is, for a problem. */
  at(field: F): Pick<Problem, 'file' | 'line' | 'where'>;
}

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

export function readCsvTable<F extends string>(
  file: string,
  bytes: Uint8Array,
  columns: Record<F, string>,
  required: readonly NoInfer<F>[],
): { records: CsvRecord<F>[]; problems: Problem[] } {
  const fail = (problem: Problem) => ({ records: [], problems: [problem] });
  if (UTF16_BOMS.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    return fail({
      code: 'FILE_UNREADABLE',
      file,
      message: '文字コードが UTF-16（Excel の「Unicode テキスト」）です。Excel では「CSV UTF-8（コンマ区切り）」で保存し直してください',
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ code: 'FILE_UNREADABLE', file, message: '文字コードがUTF-8ではありません。Excelでは「CSV UTF-8（コンマ区切り）」で保存してください' });
  }
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // A quote inside a cell (備考 「3"の配管」) is a character, as Excel reads it.
    parsed = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }) as unknown as typeof parsed;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return fail({
      code: 'CSV_SYNTAX',
      file,
      line,
      message: '「"」で始まるセルが閉じられていないため、CSV として読めません。「"」を「""」と二つ重ねるか、セルの最後に「"」を書いてください',
    });
  }
  const [header, ...body] = parsed;
  if (!header) return { records: [], problems: [] };

  const fields = Object.keys(columns) as F[];
  const columnOf = new Map<F, number>();
  const problems: Problem[] = [];
  header.record.forEach((heading, i) => {
    const field = fields.find((f) => columns[f] === heading.trim());
    if (field) columnOf.set(field, i);
    else if (heading.trim() !== '') {
      problems.push({
        code: 'CSV_HEADER',
        file,
        line: 1,
        where: `${i + 1}列目`,
        message: `知らない見出し「${heading}」です。使える見出し: ${Object.values<string>(columns).join('、')}`,
      });
    }
  });
  for (const f of required) {
    if (!columnOf.has(f)) problems.push({ code: 'CSV_HEADER', file, line: 1, message: `見出し「${columns[f]}」の列がありません` });
  }
  if (problems.length > 0) return { records: [], problems };

  const records: CsvRecord<F>[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    const extra = record.slice(header.record.length).findIndex((c) => c.trim() !== '');
    if (extra >= 0) {
      problems.push({
        code: 'CSV_HEADER',
        file,
        line,
        where: `${line}行目 ${header.record.length + extra + 1}列目`,
        message: '見出しのない列に値があります。値は見出しのある列に書いてください（読み捨てると報告が失われます）',
      });
      continue;
    }
    records.push({
      line,
      cell: (f) => {
        const i = columnOf.get(f);
        const v = i === undefined ? undefined : record[i]?.trim();
        return v === '' ? undefined : v;
      },
      at: (f) => ({ file, line, where: `${line}行目「${columns[f]}」列` }),
    });
  }
  return { records, problems };
}
