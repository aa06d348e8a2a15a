import { Actual } from '../model/indicator.ts';
import { parseFiscalYear } from '../model/fiscal-year.ts';
import { readNumber } from '../model/number-text.ts';
import type { Problem } from './problem.ts';
import { readCsvTable } from './csv-table.ts';

/** Column headings of an actuals CSV, in the order a clerk's spreadsheet shows them. */
export const ACTUALS_COLUMNS = {
  indicator: '指標ID',
  fiscalYear: '年度',
  value: '実績値',
  state: '状況',
  reason: '要因・課題',
  note: '備考',
  source: '出典',
  reportedBy: '報告者',
  reportedAt: '報告日時',
  importedFrom: '取込元',
} as const;
type Field = keyof typeof ACTUALS_COLUMNS;

export interface ActualRow {
  indicatorId: string;
  fiscalYear: number;
  actual: Actual;
  /** A unit typed after the figure (「1,234人」): checked against the indicator's own. */
  writtenUnit?: string;
  file: string;
  line: number;
}

export type CsvRead = { rows: ActualRow[]; problems: Problem[] };

/** 「1,234人」 → 「1,234」 and 「人」; anything else as it is. */
function splitUnit(raw: string | undefined): { value: string | undefined; unit?: string } {
  if (raw === undefined || readNumber(raw).kind !== 'invalid') return { value: raw };
  const m = /^(.*\d)\s*([^\d\s.,]+)$/u.exec(raw.normalize('NFKC').trim());
  return m && readNumber(m[1]).kind === 'number' ? { value: m[1], unit: m[2] } : { value: raw };
}

/** Reads an actuals CSV (UTF-8, with or without BOM); every bad cell is a problem naming row and column. */
export function readActualsCsv(file: string, bytes: Uint8Array): CsvRead {
  const { records, problems } = readCsvTable(file, bytes, ACTUALS_COLUMNS, ['indicator', 'fiscalYear']);
  const rows: ActualRow[] = [];
  for (const { line, cell, at } of records) {
    const indicatorId = cell('indicator');
    const yearText = cell('fiscalYear');
    if (!indicatorId) {
      problems.push({ code: 'MISSING_FIELD', ...at('indicator'), message: '指標IDが空欄です' });
      continue;
    }
    const fiscalYear = yearText === undefined ? undefined : parseFiscalYear(yearText);
    if (fiscalYear === undefined) {
      problems.push({
        code: 'BAD_FISCAL_YEAR',
        ...at('fiscalYear'),
        message: yearText ? `「${yearText}」は年度として読めません（例: 2024 または 令和6年度）` : '年度が空欄です',
      });
      continue;
    }
    const { value, unit: writtenUnit } = splitUnit(cell('value'));
    const parsed = Actual.safeParse({
      value,
      state: cell('state'),
      reason: cell('reason'),
      note: cell('note'),
      source: cell('source'),
      reportedBy: cell('reportedBy'),
      reportedAt: cell('reportedAt'),
      importedFrom: cell('importedFrom'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        const code = issue.code === 'invalid_value' ? 'NOT_ALLOWED_VALUE' : issue.code === 'custom' ? 'NOT_A_NUMBER' : 'BAD_FORMAT';
        const message =
          issue.code === 'invalid_value'
            ? `「${cell(field)}」は使えません。使える値: ${issue.values.join('、')}`
            : issue.code === 'invalid_format'
              ? '日時は 2025-05-31T09:00:00+09:00 の形で書きます'
              : field === 'value' && !issue.message.includes('桁が多すぎます')
                ? `「${cell('value')}」は数値として読めません。数値だけを書きます（例: 1,234 や △5。単位は指標の単位と同じなら付けてもかまいません）`
                : issue.message;
        problems.push({ code, ...at(field), message });
      }
      continue;
    }
    if (parsed.data.value === undefined && parsed.data.state === undefined) {
      problems.push({ code: 'MISSING_NUMBER', ...at('value'), message: '実績値も状況も空欄です。まだ報告がない指標は行ごと書かないでください' });
      continue;
    }
    rows.push({ indicatorId, fiscalYear, actual: parsed.data, writtenUnit, file, line });
  }
  return { rows, problems };
}
