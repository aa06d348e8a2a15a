// The layout of the 実績報告 sheet, shared by the export and the import: a returned file (or the
// CSV Excel saves from it) is read back by these headings and labels, never by cell positions.

export const REPORT_SHEET = '実績報告';
export const INSTRUCTIONS_SHEET = '記入のしかた';

export const COLUMNS = {
  planTitle: '計画',
  node: '階層',
  project: '事業',
  indicator: '指標ID',
  name: '指標名',
  unit: '単位',
  baseline: '基準値',
  target: '目標値',
  guide: '目安',
  earlier: 'これまでの実績',
  year: '年度',
  actual: '実績',
  reason: '要因・課題',
  note: '備考',
  // Keys for the import, kept last and hidden: people read the plan's title.
  municipality: '自治体ID',
  plan: '計画ID',
} as const;
export type Column = keyof typeof COLUMNS;

/** Labels above the table, each followed by its value in the next cell. */
export const LABELS = { department: '担当課', reporter: '記入者' } as const;

export const ACTUAL_STATES_HELP = '定性の指標は、リストから状況（達成・一部達成・未達成・評価不能・未着手・中止）を選びます';
