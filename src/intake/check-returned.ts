// Pure: every returned row checked against the plan, and what importing it would change. A row is
// either a problem (in words a clerk understands, with file and row) or a change: new, changed or
// unchanged against the actual the data already has.
import { actualKey } from '../load/collected-actuals.ts';
import { indicatorProgress } from '../compute/indicator-progress.ts';
import type { Dataset, MunicipalityData, PlanIndicator, ResolvedPlan } from '../load/dataset.ts';
import { parseFiscalYear } from '../model/fiscal-year.ts';
import { ActualState, type Actual, type Indicator } from '../model/indicator.ts';
import { readNumber } from '../model/number-text.ts';
import { implausibility } from '../load/plausible.ts';
import type { ReturnedRow } from './returned-rows.ts';
import { placeOfRow, type Refused, type Reporters } from './sheet-place.ts';

export interface ImportSource {
  /** The file name as the admin gave it: written into each value as 取込元. */
  file: string;
  /** The sheet's 担当課: the rows are that department's report, and may only be its indicators. */
  department?: string;
  reporter?: string;
  rows: ReturnedRow[];
}

export interface Change {
  kind: 'new' | 'changed' | 'unchanged';
  key: string;
  municipalityId: string;
  planId: string;
  planTitle: string;
  indicator: Indicator;
  year: number;
  before?: Actual;
  after: Actual;
  file: string;
  line: number;
}

export interface RowProblem {
  file: string;
  line: number;
  message: string;
}

export interface CheckContext {
  dataset: Dataset;
  /** The fiscal year in progress: no actual can be later. */
  currentYear: number;
  /** ISO time with offset, written into each value as 報告日時. */
  importedAt: string;
}

type Reading = { ok: true; actual: Pick<Actual, 'value' | 'state'> } | { ok: false; message: string };

function readActual(raw: ReturnedRow['actual'], indicator: Indicator): Reading {
  if (indicator.direction === 'qualitative') {
    const state = ActualState.safeParse(typeof raw === 'string' ? raw.normalize('NFKC').trim() : raw);
    return state.success
      ? { ok: true, actual: { state: state.data } }
      : { ok: false, message: `定性の指標です。実績には状況（${ActualState.options.join('・')}）のどれかを書きます（いまは「${raw}」）` };
  }
  let input = raw;
  const unit = indicator.unit?.normalize('NFKC');
  if (typeof input === 'string' && unit && unit !== 'なし') {
    const text = input.normalize('NFKC').trim();
    if (text.endsWith(unit)) input = text.slice(0, -unit.length);
  }
  const reading = readNumber(input);
  if (reading.kind === 'number') return { ok: true, actual: { value: reading.value } };
  if (reading.kind === 'too-large') return { ok: false, message: `「${raw}」は桁が多すぎます（1,000兆以上の値は扱えません）。桁の誤りではありませんか` };
  const suffix = typeof input === 'string' ? /[^\d\s.,]+$/u.exec(input.normalize('NFKC').trim())?.[0] : undefined;
  if (suffix && /^\D+$/u.test(suffix) && /\d/.test(String(input))) {
    return { ok: false, message: `「${raw}」の単位「${suffix}」は、この指標の単位（${indicator.unit ?? 'なし'}）と違います` };
  }
  return { ok: false, message: `「${raw}」は数値として読めません。数値だけを書きます（例: 1,234 や △5）` };
}

/** The band the figure would be judged in, when it is a failure (遅れ, 大幅な遅れ): a reason is then required. */
function behindWith(pi: PlanIndicator, year: number, actual: Actual, m: MunicipalityData): string | undefined {
  const actuals = new Map(pi.indicator.actuals ?? []).set(year, actual);
  const status = indicatorProgress({ ...pi, indicator: { ...pi.indicator, actuals } }, year, m.rubric, { sentAt: new Map(), today: '' }).status;
  return status.failure ? `${status.label}：${status.reason}` : undefined;
}

const sameFigure = (a: Actual | undefined, b: Actual) => a !== undefined && a.value === b.value && a.state === b.state;
const same = (a: Actual | undefined, b: Actual) => sameFigure(a, b) && (a!.note ?? '') === (b.note ?? '') && (a!.reason ?? '') === (b.reason ?? '');

export function checkReturned(sources: readonly ImportSource[], c: CheckContext): { changes: Change[]; problems: RowProblem[] } {
  const changes: Change[] = [];
  const problems: RowProblem[] = [];
  const byKey = new Map<string, Change>();
  const indicatorsOf = new Map<ResolvedPlan, Map<string, { indicator: Indicator; owners: string[]; planIndicator: PlanIndicator }>>();
  const indicatorsIn = (plan: ResolvedPlan) => {
    if (!indicatorsOf.has(plan))
      indicatorsOf.set(plan, new Map(plan.indicators.map((i) => [i.indicator.id, { indicator: i.indicator, owners: i.departments, planIndicator: i }])));
    return indicatorsOf.get(plan)!;
  };
  for (const source of sources) {
    const reporters: Reporters = new Map();
    // Rows refused because of the sheet's 担当課, counted per municipality and reported once per file.
    const refused: Refused = new Map();
    for (const row of source.rows) {
      const problem = (message: string) =>
        problems.push({ file: source.file, line: row.line, message: `${row.indicator ? `指標 ${row.indicator}: ` : ''}${message}` });
      const place = placeOfRow(row, source.department, c.dataset, reporters, refused);
      if (!place.ok) {
        if (place.message) problem(place.message);
        continue;
      }
      const { m, reporter, plan } = place;
      const found = indicatorsIn(plan).get(row.indicator!);
      if (!found) {
        problem(`指標ID「${row.indicator}」は計画「${plan.plan.title}」にありません`);
        continue;
      }
      const { indicator, owners, planIndicator } = found;
      if (!owners.includes(reporter.name)) {
        problem(
          owners.length === 0
            ? '担当課の決まっていない指標です。担当課を計画のデータに書いてから、その課に報告してもらってください'
            : `${reporter.name}の担当ではない指標です（担当: ${owners.join('、')}）。担当課のシートで報告してもらってください`,
        );
        continue;
      }
      const reportedBy = [reporter.name, source.reporter && `記入者 ${source.reporter}`].filter(Boolean).join(' ');
      const year = row.year === undefined ? undefined : parseFiscalYear(typeof row.year === 'number' ? row.year : String(row.year));
      if (year === undefined) {
        problem(`年度「${row.year ?? ''}」が読めません（例: 2024 または 令和6年度）`);
        continue;
      }
      const { first, last } = plan.plan.period;
      if (year < first || year > last) {
        problem(`${year}年度は計画「${plan.plan.title}」の期間（${first}〜${last}年度）の外です`);
        continue;
      }
      if (year > c.currentYear) {
        problem(`${year}年度はまだ始まっていません`);
        continue;
      }
      const reading = readActual(row.actual, indicator);
      if (!reading.ok) {
        problem(reading.message);
        continue;
      }
      const odd = reading.actual.value !== undefined ? implausibility(reading.actual.value, indicator, year) : undefined;
      if (odd) {
        problem(odd);
        continue;
      }
      const key = actualKey(plan.plan.id, indicator.id, year);
      const before = indicator.actuals?.get(year);
      const after: Actual = { ...reading.actual, reason: row.reason, note: row.note, reportedBy, reportedAt: c.importedAt, importedFrom: source.file };
      const status = behindWith(planIndicator, year, after, m);
      if (status && !row.reason) {
        problem(`${year}年度の実績は目標に届いていません（${status}）。「要因・課題」の欄に、その要因と今後の課題を書いてください`);
        continue;
      }
      if (before && !c.dataset.collected.has(key)) {
        // A document's note is its own: only the figure has to agree.
        if (!sameFigure(before, after))
          problem(
            `${year}年度の実績は原本から転記した値（${before.value ?? before.state ?? before.text}）です。取り込みでは変えられません。誤りなら計画のデータを直してください`,
          );
        else
          changes.push({
            kind: 'unchanged',
            key,
            municipalityId: m.municipality.id,
            planId: plan.plan.id,
            planTitle: plan.plan.title,
            indicator,
            year,
            before,
            after,
            file: source.file,
            line: row.line,
          });
        continue;
      }
      const earlier = byKey.get(key);
      if (earlier) {
        if (!same(earlier.after, after)) problem(`同じ指標・年度が ${earlier.file} の${earlier.line}行目にもあり、値が違います。どちらか一つにしてください`);
        continue;
      }
      const change: Change = {
        kind: !before ? 'new' : same(before, after) ? 'unchanged' : 'changed',
        key,
        municipalityId: m.municipality.id,
        planId: plan.plan.id,
        planTitle: plan.plan.title,
        indicator,
        year,
        before,
        after,
        file: source.file,
        line: row.line,
      };
      byKey.set(key, change);
      changes.push(change);
    }
    for (const { message, rows } of refused.values()) problems.push({ file: source.file, line: 0, message: `${message}（${rows}行を取り込んでいません）` });
  }
  return { changes, problems };
}
