// DATA/<municipality>/<plan>/results/*.csv: what departments reported for their projects (実施状況,
// 工程の進み, 自己評価, 課題, 今後の方向性, 決算額), one row per project and fiscal year. `import`
// writes results/collected.csv from the returned 実績照会; a clerk may keep other CSVs by hand.
import { parseFiscalYear } from '../model/fiscal-year.ts';
import { ProjectResult } from '../model/project.ts';
import { readCsvTable } from './csv-table.ts';
import type { Problem } from './problem.ts';

export const RESULTS_COLUMNS = {
  project: '事業ID',
  fiscalYear: '年度',
  done: '実施状況',
  schedule: '工程の進み',
  selfEvaluation: '自己評価',
  issues: '課題',
  direction: '今後の方向性',
  settledCost: '決算額（千円）',
  note: '備考',
  source: '出典',
  reportedBy: '報告者',
  reportedAt: '報告日時',
  importedFrom: '取込元',
} as const;
type Field = keyof typeof RESULTS_COLUMNS;

export interface ResultRow {
  projectId: string;
  fiscalYear: number;
  result: ProjectResult;
  file: string;
  line: number;
}

const REPORTED: readonly Field[] = ['done', 'schedule', 'selfEvaluation', 'issues', 'direction', 'settledCost'];

export function readResultsCsv(file: string, bytes: Uint8Array): { rows: ResultRow[]; problems: Problem[] } {
  const { records, problems } = readCsvTable(file, bytes, RESULTS_COLUMNS, ['project', 'fiscalYear']);
  const rows: ResultRow[] = [];
  for (const { line, cell, at } of records) {
    const projectId = cell('project');
    if (!projectId) {
      problems.push({ code: 'MISSING_FIELD', ...at('project'), message: '事業IDが空欄です' });
      continue;
    }
    const yearText = cell('fiscalYear');
    const fiscalYear = yearText === undefined ? undefined : parseFiscalYear(yearText);
    if (fiscalYear === undefined) {
      problems.push({
        code: 'BAD_FISCAL_YEAR',
        ...at('fiscalYear'),
        message: yearText ? `「${yearText}」は年度として読めません（例: 2024 または 令和6年度）` : '年度が空欄です',
      });
      continue;
    }
    if (REPORTED.every((f) => cell(f) === undefined)) {
      problems.push({
        code: 'MISSING_FIELD',
        ...at('done'),
        message: '実施状況も工程の進みも自己評価も空欄です。まだ報告がない事業は行ごと書かないでください',
      });
      continue;
    }
    const fields = Object.keys(RESULTS_COLUMNS).filter((f) => f !== 'project' && f !== 'fiscalYear') as Field[];
    const parsed = ProjectResult.safeParse(Object.fromEntries(fields.map((f) => [f, cell(f)])));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        const message =
          issue.code === 'invalid_value'
            ? `「${cell(field)}」は使えません。使える値: ${issue.values.join('、')}`
            : issue.code === 'invalid_format'
              ? '日時は 2025-05-31T09:00:00+09:00 の形で書きます'
              : field === 'settledCost'
                ? `「${cell(field)}」は金額（千円）として読めません。数値だけを書きます（例: 12,345）`
                : issue.message;
        problems.push({
          code: issue.code === 'invalid_value' ? 'NOT_ALLOWED_VALUE' : field === 'settledCost' ? 'NOT_A_NUMBER' : 'BAD_FORMAT',
          ...at(field),
          message,
        });
      }
      continue;
    }
    rows.push({ projectId, fiscalYear, result: parsed.data, file, line });
  }
  return { rows, problems };
}
