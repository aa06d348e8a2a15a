// 事業の進捗: one PDCA sheet per project of the year, as 行政評価 prints it. Plan (目標, the year's
// 工程), do (実施状況), check (工程の進み, 自己評価, 課題, its indicators), act (今後の方向性,
// 次年度方針) and cost, each row only when the data has it, so a sheet never shows empty boxes.
import type { Collection } from '../../compute/collection.ts';
import type { IndicatorRow, PlanProgress } from '../../compute/plan-progress.ts';
import {
  costLines,
  detailsOfYear,
  policiesOfYear,
  repeatedProject,
  resultOfYear,
  resultRequest,
  stepsOfYear,
  type CostLine,
  type YearDetail,
  type YearStep,
} from '../../compute/project-year.ts';
import { formatWarekiFiscalYear as wareki } from '../../model/fiscal-year.ts';
import type { Project } from '../../model/project.ts';
import type { Rubric } from '../../model/rubric.ts';
import { collectionSentence } from '../collection-text.ts';
import { formatNumber } from '../format-ja.ts';
import { indicatorTitle } from '../indicator-text.ts';
import { cell, type Block, type Cell, type HeadingLevel, type Table } from './blocks.ts';
import { readableText } from './details.ts';
import type { IndicatorNumbers } from './indicator-numbers.ts';
import { statusText } from './indicator-table.ts';
import { sdgGoals } from './project-table.ts';

type Row = [Cell, Cell];
const row = (label: string, text: string, sub?: string): Row => [cell(label), cell(text, sub)];

/** Longer labels widen the first column at the expense of the prose (see column-widths SHORT). */
const LABEL_MAX = 9;
const length = (s: string) => [...s].length;

export const RESULT_FIELDS = '実施状況・工程の進み・自己評価・課題・今後の方向性・決算額';

const requestOf = (progress: PlanProgress, project: Project) => resultRequest(progress.data.projectDepartments.get(project) ?? [], progress.requests);

/** Whether no project has a result for the year and all stand alike: the section then says it once. */
export function resultsPending(progress: PlanProgress, projects: readonly Project[]): Collection | undefined {
  if (projects.some((p) => resultOfYear(p, progress.year))) return undefined;
  const states = projects.map((p) => requestOf(progress, p));
  return states.every((s) => JSON.stringify(s) === JSON.stringify(states[0])) ? states[0] : undefined;
}

/** Each project's indicators and the projects by id, found once per progress: a node's sheets asking every row was quadratic. */
const indexes = new WeakMap<PlanProgress, { indicatorsOf: Map<Project, IndicatorRow[]>; byId: Map<string, Project> }>();
function indexOf(progress: PlanProgress) {
  let index = indexes.get(progress);
  if (!index) {
    const indicatorsOf = new Map<Project, IndicatorRow[]>();
    for (const r of progress.rows) if (r.scope.kind === 'project') indicatorsOf.set(r.scope.project, [...(indicatorsOf.get(r.scope.project) ?? []), r]);
    index = { indicatorsOf, byId: new Map(progress.data.projects.map((p) => [p.id, p])) };
    indexes.set(progress, index);
  }
  return index;
}
const indicatorsOf = (progress: PlanProgress, project: Project) => indexOf(progress).indicatorsOf.get(project) ?? [];

/** `pendingSaid`: the section has said that no result is in yet, so the sheets leave out the row. */
export function measureSheets(
  progress: PlanProgress,
  projects: readonly Project[],
  numberOf: IndicatorNumbers,
  level: HeadingLevel,
  nextId: () => string,
  pendingSaid = false,
): Block[] {
  const { byId } = indexOf(progress);
  return projects.flatMap((project): Block[] => {
    const heading: Block = { kind: 'heading', level, text: numbered(project), id: nextId() };
    const original = repeatedProject(project, categoryYear(progress), byId);
    if (original) {
      // The original's sheet carries the work, results and indicators: printing them twice would count
      // them twice. A 再掲 row with a 工程 or indicators of its own still shows those.
      const levelName = progress.data.plan.projectLevel ?? '事業';
      const own = ownRows(progress, project, numberOf);
      if (own.length === 0)
        return [heading, { kind: 'paragraph', text: `再掲（もとの${levelName} ${numbered(original)}）。実施結果と指標は、もとの${levelName}に記しています。` }];
      return [
        heading,
        {
          kind: 'paragraph',
          text: `再掲（もとの${levelName} ${numbered(original)}）。この${levelName}として計画に書かれた工程と指標を示します。実施結果は、もとの${levelName}に記しています。`,
        },
        { kind: 'table', columns: [{ header: '項目' }, { header: '内容', prose: true }], rows: [departmentsRow(progress, project), ...own] },
      ];
    }
    return [heading, sheetTable(progress, project, numberOf, pendingSaid)];
  });
}

const numbered = (p: Project) => (p.number !== undefined ? `${p.number} ${p.name}` : p.name);

/** The year whose 区分 the sheet reads: the list shown for the year, or the year itself in a plan without yearly lists. */
const categoryYear = (progress: PlanProgress) => progress.projects.listYear ?? progress.year;

/** The 工程 of the year and the indicators a 再掲 row has of its own. */
function ownRows(progress: PlanProgress, project: Project, numberOf: IndicatorNumbers): Row[] {
  const steps = stepsOfYear(project, progress.year);
  const indicators = indicatorsOf(progress, project);
  return [
    ...(steps.length > 0 ? [row(`工程（${wareki(progress.year)}）`, stepLines(steps))] : []),
    ...(indicators.length > 0 ? [row('指標', indicators.map((r) => indicatorLine(r, numberOf)).join('\n'))] : []),
  ];
}

function sheetTable(progress: PlanProgress, project: Project, numberOf: IndicatorNumbers, pendingSaid: boolean): Table {
  const { year } = progress;
  const parts = project.parts ?? [];
  const rows: Row[] = [departmentsRow(progress, project)];
  const goal = withParts(
    project.goal,
    parts.map((p) => [p.name, p.goal]),
  );
  if (goal) rows.push(row('目標', goal));
  const description = withParts(
    project.description,
    parts.map((p) => [p.name, p.description]),
  );
  if (description) rows.push(row('概要', description));
  const steps = stepsOfYear(project, year);
  if (steps.length > 0) rows.push(row(`工程（${wareki(year)}）`, stepLines(steps)));
  if (!(pendingSaid && !resultOfYear(project, year))) rows.push(...resultRows(progress, project));
  const policies = policiesOfYear(project, year);
  if (policies.length > 0) rows.push(row('次年度方針', policies.map((p) => `${wareki(p.fiscalYear)}：${p.text}`).join('\n')));
  const indicators = indicatorsOf(progress, project);
  if (indicators.length > 0) rows.push(row('指標', indicators.map((r) => indicatorLine(r, numberOf)).join('\n')));
  const costs = costLines(project, year);
  if (costs.length > 0) rows.push(row('事業費（千円）', costs.map(costText).join('\n')));
  // The marks the document sets on a row (重点事業, ロジックモデル, 法定 …), its 5レス and where its results are published.
  if (project.flags?.length) rows.push(row('分類', project.flags.join('・')));
  if (project.fiveLess?.length) rows.push(row('5レス', project.fiveLess.map((f) => `${f}レス`).join('・')));
  if (project.disclosure?.length) rows.push(row('情報公開', project.disclosure.join('\n')));
  rows.push(...detailRows(detailsOfYear(project, year)));
  return { kind: 'table', columns: [{ header: '項目' }, { header: '内容', prose: true }], rows };
}

function departmentsRow(progress: PlanProgress, project: Project): Row {
  const departments = progress.data.projectDepartments.get(project) ?? [];
  const listYear = categoryYear(progress);
  const category = project.categories?.get(listYear);
  const goals = sdgGoals(project);
  const sub = [
    // A list of another year stands in for this one: its 区分 is named as that year's.
    category && `区分${listYear === progress.year ? '' : `（${wareki(listYear)}）`}：${category}`,
    goals.length > 0 && `SDGsゴール：${goals.join('・')}`,
  ].filter(Boolean);
  return row('担当課', departments.join('、') || '—', sub.join('　') || undefined);
}

/** The project's text, then each part's under its name. */
function withParts(own: string | undefined, parts: Array<[string, string | undefined]>): string {
  return [own, ...parts.flatMap(([name, text]) => (text ? [`【${name}】${text}`] : []))].filter(Boolean).join('\n');
}

/** One line per 取組 (item), its cells of the year joined: a plan table repeats the item on every row. */
function stepLines(steps: readonly YearStep[]): string {
  const lines = new Map<string, { head: string; texts: string[] }>();
  for (const s of steps) {
    const head = `${s.part ? `【${s.part}】` : ''}${s.item ? `${s.item}：` : ''}`;
    const key = `${s.part ?? ''}\u0000${s.item ?? ''}`;
    const line = lines.get(key) ?? { head, texts: [] };
    // An arrow alone is the plan table's bar across the years: the 取組 goes on through them.
    line.texts.push(/^[→⇒]+$/.test(s.text) ? `継続して実施（${wareki(s.from)}〜${wareki(s.to)}）` : s.text);
    lines.set(key, line);
  }
  return [...lines.values()].map((l) => `${l.head}${l.texts.join('／')}`).join('\n');
}

function resultRows(progress: PlanProgress, project: Project): Row[] {
  const { year } = progress;
  const result = resultOfYear(project, year);
  if (!result) {
    // One sentence for the whole result: five rows of 「照会前」 would read as five missing answers.
    return [row('実施結果', `${collectionSentence(requestOf(progress, project), `${wareki(year)}の実施結果（${RESULT_FIELDS}）`)}。`)];
  }
  const fields: Array<[string, string | undefined]> = [
    ['実施状況', result.done],
    ['工程の進み', result.schedule],
    ['自己評価', result.selfEvaluation && evaluationText(progress.rubric, result.selfEvaluation)],
    ['課題', result.issues],
    ['今後の方向性', result.direction],
  ];
  return fields.flatMap(([label, text]) => (text ? [row(label, text)] : []));
}

/** The band with its mark, as the indicators' 状況 prints it (「△ 遅れ」). */
function evaluationText(rubric: Rubric, evaluation: string): string {
  const band = rubric.bands.find((b) => b.label === evaluation);
  if (!band) return evaluation;
  return band.symbol ? `${band.symbol} ${band.label}` : band.label;
}

function indicatorLine(r: IndicatorRow, numberOf: IndicatorNumbers): string {
  const number = numberOf(r);
  // A name written as a sentence keeps no 「。」 before the 「：」 that introduces its status.
  const title = indicatorTitle(r.indicator).replace(/。$/, '');
  const part = r.scope.kind === 'project' && r.scope.part && !title.includes(r.scope.part.name) ? `（${r.scope.part.name}）` : '';
  // Before anyone is asked, 「照会前」 on every line says what the section already said once.
  const status = r.collection?.state === '照会前' ? '' : `：${statusText(r)}`;
  return `${number === '—' ? '' : `No.${number} `}${title}${part}${status}`;
}

function costText(l: CostLine): string {
  const when = wareki(l.fiscalYear);
  if (l.reported) return `${when} 決算額：${formatNumber(l.projectCost!)}`;
  const figures: Array<[string, number | undefined]> = [
    ['事業費', l.projectCost],
    ['一般財源', l.generalFund],
    ['人件費', l.personnelCost],
  ];
  return `${when} ${l.basis}：${figures.flatMap(([name, v]) => (v === undefined ? [] : [`${name} ${formatNumber(v)}`])).join('／')}`;
}

/**
 * A passage's row: a short label as it is; a long one split at its parenthesis (「事業の検証」 +
 * 【課題認識/今後の方針・改善点】) or set in the text, so the label column stays narrow. A part's
 * passages sit under the part's name. Passages in a row under one label (ロジックモデル) share it.
 */
function detailRows(details: readonly YearDetail[]): Row[] {
  const groups: Array<{ key: string; texts: string[] }> = [];
  for (const d of details) {
    const { key, lead } = detailLabel(d);
    const text = lead ? `【${lead}】\n${readableText(d.text)}` : readableText(d.text);
    const last = groups.at(-1);
    if (last?.key === key) last.texts.push(text);
    else groups.push({ key, texts: [text] });
  }
  return groups.map((g) => row(g.key, g.texts.join('\n')));
}

function detailLabel(d: YearDetail): { key: string; lead?: string } {
  if (d.part !== undefined) return length(d.part) <= LABEL_MAX ? { key: d.part, lead: d.label } : { key: '記載事項', lead: `${d.part}：${d.label}` };
  if (length(d.label) <= LABEL_MAX) return { key: d.label };
  const split = /^([^（]+)（(.+)）$/.exec(d.label);
  if (split && length(split[1]!) <= LABEL_MAX) return { key: split[1]!, lead: split[2]! };
  return { key: '記載事項', lead: d.label };
}
