// The layout of the 実績照会 workbook's sheets, shared by the export and the import: a returned file
// (or the CSV Excel saves from one sheet) is read back by these headings and labels, never by cell
// positions.

export const REPORT_SHEET = '実績報告';
export const MEASURES_SHEET = '事業の実施状況';
export const INSTRUCTIONS_SHEET = '記入のしかた';

/** The 実績報告 sheet: one row per indicator. */
export const COLUMNS = {
  /** The plan, the node and the project, one a line: three columns would push the sheet to a third page across. */
  where: '計画・階層・事業',
  indicator: '指標ID',
  name: '指標名',
  unit: '単位',
  baseline: '基準値',
  baselineWhen: '基準の時点',
  target: '目標値',
  targetWhen: '目標の年度',
  guide: '目安',
  marks: '注記',
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

/** The 事業の実施状況 sheet: one row per project the department runs in the year. */
export const MEASURE_COLUMNS = {
  where: '計画・階層',
  number: '番号',
  project: '事業ID',
  name: '事業名',
  steps: 'この年度の工程',
  budget: '予算額（千円）',
  year: '年度',
  done: '実施状況',
  schedule: '工程の進み',
  selfEvaluation: '自己評価',
  issues: '課題',
  direction: '今後の方向性',
  settledCost: '決算額（千円）',
  note: '備考',
  municipality: '自治体ID',
  plan: '計画ID',
} as const;
export type MeasureColumn = keyof typeof MEASURE_COLUMNS;

/** Labels above each table, each followed by its value in the next cell. */
export const LABELS = { department: '担当課', reporter: '記入者' } as const;

export const ACTUAL_STATES_HELP = '定性の指標は、リストから状況（達成・一部達成・未達成・評価不能・未着手・中止）を選びます';

/** Longest text a cell takes (実施状況, 課題, 要因・課題, 備考): a page of the report, not an essay. */
export const MAX_TEXT = 1000;
