// Pure: every returned 事業の実施状況 row checked against the plan, and what importing it would
// change: a problem (in words a clerk understands, with file and row) or a new, changed or
// unchanged project result.
import { MAX_TEXT } from '../collect/sheet-layout.ts';
import { resultKey } from '../load/collected-actuals.ts';
import type { MunicipalityData } from '../load/dataset.ts';
import { parseFiscalYear } from '../model/fiscal-year.ts';
import { readNumber } from '../model/number-text.ts';
import { FutureDirection, ScheduleProgress, type Project, type ProjectResult } from '../model/project.ts';
import { repeatedProject } from '../compute/project-year.ts';
import { projectsOfYear } from '../compute/year-projects.ts';
import { projectCodes } from '../render/project-code.ts';
import type { CheckContext, RowProblem } from './check-returned.ts';
import { placeOfRow, type Refused, type Reporters } from './sheet-place.ts';
import type { ReturnedMeasure } from './returned-measures.ts';

export interface MeasureSource {
  file: string;
  department?: string;
  reporter?: string;
  rows: ReturnedMeasure[];
}

export interface MeasureChange {
  kind: 'new' | 'changed' | 'unchanged';
  key: string;
  municipalityId: string;
  planId: string;
  planTitle: string;
  project: Project;
  year: number;
  before?: ProjectResult;
  after: ProjectResult;
  file: string;
  line: number;
}

const REPORTED: Array<keyof ProjectResult> = ['done', 'schedule', 'selfEvaluation', 'issues', 'direction', 'settledCost', 'note'];
const same = (a: ProjectResult | undefined, b: ProjectResult) => a !== undefined && REPORTED.every((k) => (a[k] ?? '') === (b[k] ?? ''));
/** 工程の進み that need a word on why. */
const NEEDS_ISSUES: ReadonlySet<string> = new Set(['遅れ', '未着手']);

/** Whether a row says what a result transcribed from the plan says (its 備考 aside). */
function asTranscribed(row: ReturnedMeasure, before: ProjectResult): boolean {
  const cost = row.settledCost === undefined ? undefined : readNumber(row.settledCost);
  return (
    (row.done ?? '') === (before.done ?? '') &&
    (row.schedule ?? '') === (before.schedule ?? '') &&
    (row.selfEvaluation ?? '').normalize('NFKC') === (before.selfEvaluation ?? '').normalize('NFKC') &&
    (row.issues ?? '') === (before.issues ?? '') &&
    (row.direction ?? '') === (before.direction ?? '') &&
    (cost?.kind === 'number' ? cost.value : undefined) === before.settledCost
  );
}

type Reading = { ok: true; result: Omit<ProjectResult, 'reportedBy' | 'reportedAt' | 'importedFrom'> } | { ok: false; message: string };

function readResult(row: ReturnedMeasure, project: Project, m: MunicipalityData): Reading {
  const fail = (message: string): Reading => ({ ok: false, message });
  if (!row.done) return fail('「実施状況」が空欄です。この年度に実施したことを書いてください');
  for (const [label, value] of [
    ['実施状況', row.done],
    ['課題', row.issues],
    ['備考', row.note],
  ] as const) {
    if (value && value.length > MAX_TEXT) return fail(`「${label}」が${value.length}字あります。${MAX_TEXT}字までにしてください`);
  }
  const schedule = ScheduleProgress.safeParse(row.schedule);
  if (row.schedule !== undefined && !schedule.success)
    return fail(`工程の進み「${row.schedule}」は選べる値にありません（${ScheduleProgress.options.join('・')}）`);
  const direction = FutureDirection.safeParse(row.direction);
  if (row.direction !== undefined && !direction.success)
    return fail(`今後の方向性「${row.direction}」は選べる値にありません（${FutureDirection.options.join('・')}）`);
  const band = row.selfEvaluation === undefined ? undefined : m.rubric.bands.find((b) => b.label.normalize('NFKC') === row.selfEvaluation!.normalize('NFKC'));
  if (row.selfEvaluation !== undefined && !band)
    return fail(`自己評価「${row.selfEvaluation}」は評価基準「${m.rubric.name}」の段階にありません（${m.rubric.bands.map((b) => b.label).join('・')}）`);
  if (row.schedule && NEEDS_ISSUES.has(row.schedule) && !row.issues)
    return fail(`工程の進みが「${row.schedule}」です。「課題」の欄に、その理由と今後の課題を書いてください`);
  let settledCost: number | undefined;
  if (row.settledCost !== undefined) {
    if ((project.budgets?.length ?? 0) === 0) return fail('この事業は計画に事業費の記載がないため、決算額は受け付けていません。決算額の欄は空欄にしてください');
    const reading = readNumber(row.settledCost);
    if (reading.kind !== 'number' || reading.value < 0)
      return fail(`決算額「${row.settledCost}」は千円単位の金額として読めません。数値だけを書きます（例: 12,345）`);
    settledCost = reading.value;
  }
  return {
    ok: true,
    result: {
      done: row.done,
      ...(schedule.success ? { schedule: schedule.data } : {}),
      ...(band ? { selfEvaluation: band.label } : {}),
      ...(row.issues ? { issues: row.issues } : {}),
      ...(direction.success ? { direction: direction.data } : {}),
      ...(settledCost !== undefined ? { settledCost } : {}),
      ...(row.note ? { note: row.note } : {}),
    },
  };
}

export function checkReturnedMeasures(sources: readonly MeasureSource[], c: CheckContext): { changes: MeasureChange[]; problems: RowProblem[] } {
  const changes: MeasureChange[] = [];
  const problems: RowProblem[] = [];
  const byKey = new Map<string, MeasureChange>();
  for (const source of sources) {
    const reporters: Reporters = new Map();
    const refused: Refused = new Map();
    for (const row of source.rows) {
      const problem = (message: string) =>
        problems.push({ file: source.file, line: row.line, message: `${row.project ? `事業 ${row.project}: ` : ''}${message}` });
      const place = placeOfRow(row, source.department, c.dataset, reporters, refused);
      if (!place.ok) {
        if (place.message) problem(place.message);
        continue;
      }
      const { m, reporter, plan } = place;
      const project = plan.projects.find((p) => p.id === row.project);
      if (!project) {
        problem(`事業ID「${row.project}」は計画「${plan.plan.title}」にありません`);
        continue;
      }
      const owners = plan.projectDepartments.get(project) ?? [];
      if (!owners.includes(reporter.name)) {
        problem(`${reporter.name}の担当ではない事業です（担当: ${owners.join('、') || 'なし'}）。担当課のシートで報告してもらってください`);
        continue;
      }
      const year = row.year === undefined ? undefined : parseFiscalYear(typeof row.year === 'number' ? row.year : String(row.year));
      if (year === undefined) {
        problem(`年度「${row.year ?? ''}」が読めません（例: 2024 または 令和6年度）`);
        continue;
      }
      const { first, last } = plan.plan.period;
      if (year < first || year > last || year > c.currentYear) {
        problem(year > c.currentYear ? `${year}年度はまだ始まっていません` : `${year}年度は計画「${plan.plan.title}」の期間（${first}〜${last}年度）の外です`);
        continue;
      }
      const original = repeatedProject(project, projectsOfYear(plan, year).listYear ?? year, new Map(plan.projects.map((p) => [p.id, p])));
      if (original) {
        problem(`再掲の行です。実施結果は、もとの事業「${projectCodes(plan)(original)} ${original.name}」の行に書いてください`);
        continue;
      }
      const key = resultKey(plan.plan.id, project.id, year);
      const before = project.results?.get(year);
      const where = {
        key,
        municipalityId: m.municipality.id,
        planId: plan.plan.id,
        planTitle: plan.plan.title,
        project,
        year,
        before,
        file: source.file,
        line: row.line,
      };
      if (before && !c.dataset.collectedResults.has(key)) {
        // Shown locked on the sheet: sent back as it was it changes nothing, whatever its 備考 says.
        if (!asTranscribed(row, before))
          problem(`${year}年度の実施結果は原本から転記したものです。取り込みでは変えられません。誤りなら計画のデータを直してください`);
        else changes.push({ kind: 'unchanged', ...where, after: before });
        continue;
      }
      const reading = readResult(row, project, m);
      if (!reading.ok) {
        problem(reading.message);
        continue;
      }
      const reportedBy = [reporter.name, source.reporter && `記入者 ${source.reporter}`].filter(Boolean).join(' ');
      const after: ProjectResult = { ...reading.result, reportedBy, reportedAt: c.importedAt, importedFrom: source.file };
      const at = { ...where, after };
      const earlier = byKey.get(key);
      if (earlier) {
        if (!same(earlier.after, after)) problem(`同じ事業・年度が ${earlier.file} の${earlier.line}行目にもあり、内容が違います。どちらか一つにしてください`);
        continue;
      }
      const change: MeasureChange = { kind: !before ? 'new' : same(before, after) ? 'unchanged' : 'changed', ...at };
      byKey.set(key, change);
      changes.push(change);
    }
    for (const { message, rows } of refused.values()) problems.push({ file: source.file, line: 0, message: `${message}（${rows}行を取り込んでいません）` });
  }
  return { changes, problems };
}
