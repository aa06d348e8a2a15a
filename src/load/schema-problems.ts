import type { z } from 'zod';
import type { Problem, ProblemCode } from './problem.ts';
import type { YamlFile } from './yaml-file.ts';

/** Field names in words a clerk recognises. */
const FIELD_LABELS: Record<string, string> = {
  id: 'ID',
  name: '名称',
  title: '名称',
  number: '番号',
  unit: '単位',
  direction: '方向',
  comparator: '以上・以下',
  accumulation: '累計・単年度',
  owner: '担当課',
  departments: '担当課',
  department: '担当課',
  division: '部局',
  baseline: '基準値',
  targets: '目標値',
  finalTarget: '最終目標',
  actuals: '実績値',
  value: '値',
  text: '表記',
  change: '改善幅',
  fiscalYear: '年度',
  date: '日付',
  asOf: '時点',
  definition: '説明又は計算式',
  verification: '検証',
  categories: '区分',
  repeatOf: '再掲元',
  sdgs: 'SDGsターゲット',
  actionPlans: '行動計画',
  budgets: '予算',
  nextYearPolicy: '次年度方針',
  description: '概要',
  goal: '目標',
  node: '所属する階層',
  period: '計画期間',
  first: '初年度',
  last: '最終年度',
  sources: '出典',
  levels: '階層名',
  nodes: '階層',
  children: '下位の階層',
  emails: 'メールアドレス',
  aliases: '別表記',
  state: '状況',
  from: '開始年度',
  to: '終了年度',
  jobs: '定期実行',
  cron: '実行日時',
  command: '実行内容',
  onClosedDay: '休日の扱い',
  plan: '計画',
  timezone: 'タイムゾーン',
  print: '印刷',
  duplex: '両面印刷',
  adminEmails: '管理者のメールアドレス',
  keepHistoryDays: '実行履歴の保存日数',
  cumulativeFrom: '累計の起点',
  sameMeasureAs: '他の計画の同じ指標',
  indicator: '指標',
  repeatedIndicators: '再掲する指標',
};

const ITEM_KIND: Record<string, string> = {
  indicators: '指標',
  children: '',
  nodes: '',
  parts: '構成事業',
  departments: '担当課',
  actionPlans: '行動計画',
  budgets: '予算',
  jobs: '定期実行',
};

/**
 * Describes a path through the raw data in words: 事業 12「男女共同参画推進事業」 > 指標 12-1 > 目標値 > 2024年度.
 * `topKind` names what the file's top-level list holds.
 */
export function describePath(data: unknown, path: readonly PropertyKey[], topKind = ''): string {
  const parts: string[] = [];
  let here: unknown = data;
  let parentKey: string | undefined;
  for (const key of path) {
    const next = here !== null && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const kind = parentKey === undefined ? topKind : (ITEM_KIND[parentKey] ?? '');
      parts.push(itemLabel(kind, next, key));
    } else if (String(key) in ITEM_KIND && Array.isArray(next)) {
      // The item below names itself (指標 1-1「…」), so the list's own key would only repeat it.
    } else if (/^\d{4}$/.test(String(key))) {
      parts.push(`${String(key)}年度`);
    } else {
      parts.push(FIELD_LABELS[String(key)] ?? String(key));
    }
    parentKey = typeof key === 'number' ? parentKey : String(key);
    here = next;
  }
  return parts.join(' > ');
}

function itemLabel(kind: string, item: unknown, index: number): string {
  const obj = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : undefined;
  const name = [obj.name, obj.title].find((v) => typeof v === 'string') as string | undefined;
  const label = [kind, id].filter(Boolean).join(' ');
  if (label || name) return `${label}${name ? `「${name}」` : ''}`;
  return `${index + 1}番目`;
}

function issueCode(issue: z.core.$ZodIssue, input: unknown): ProblemCode {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE';
    case 'unrecognized_keys':
      return 'UNKNOWN_FIELD';
    case 'invalid_value':
      return 'NOT_ALLOWED_VALUE';
    case 'too_small':
      return 'EMPTY';
    case 'invalid_format':
      return 'BAD_FORMAT';
    case 'custom':
      return (issue.params as { code?: ProblemCode } | undefined)?.code ?? 'INVALID';
    default:
      return 'INVALID';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: '文字',
  number: '数値',
  boolean: 'true か false',
  array: '一覧（- で始まる行）',
  object: '項目のまとまり',
  record: '年度ごとの値',
};

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.at(-1);
  const fieldName = typeof field !== 'string' ? '値' : /^\d{4}$/.test(field) ? `${field}年度の欄` : `「${FIELD_LABELS[field] ?? field}」（${field}）`;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `必須の項目${fieldName}がありません` : `${fieldName}には${TYPE_WORDS[issue.expected] ?? issue.expected}を書きます`;
    case 'unrecognized_keys':
      return `知らない項目名です: ${issue.keys.map((k) => `「${k}」`).join('、')}（綴りを確かめてください）`;
    case 'invalid_value':
      return `${fieldName}に使える値は ${issue.values.map((v) => `「${String(v)}」`).join('、')} のどれかです`;
    case 'too_small':
      return issue.origin === 'string' ? `${fieldName}が空欄です` : `${fieldName}が足りません（最低${String(issue.minimum)}件）`;
    case 'invalid_format':
      return issue.format === 'email'
        ? 'メールアドレスの形ではありません'
        : issue.format === 'date'
          ? '日付は 2024-03-31 の形で書きます'
          : issue.format === 'datetime'
            ? '日時は 2024-03-31T09:00:00+09:00 の形で書きます'
            : `${fieldName}の書き方が正しくありません`;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** Turns every zod issue into a problem naming the file, line and place. */
export function schemaProblems(yaml: YamlFile, error: z.ZodError, topKind = ''): Problem[] {
  return error.issues.map((issue) => {
    const input = valueAt(yaml.data, issue.path);
    return {
      code: issueCode(issue, input),
      file: yaml.file,
      line: yaml.lineOf(issue.path),
      where: describePath(yaml.data, issue.path, topKind) || undefined,
      message: issueMessage(issue, input),
    };
  });
}
