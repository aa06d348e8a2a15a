// Shared by every section builder: templates, heading ids, and the indicator table with its charts.
import type { IndicatorRow, PlanProgress } from '../../compute/plan-progress.ts';
import { collectionLabel } from '../collection-text.ts';
import type { TemplateSet } from '../templates/template-set.ts';
import { indicatorChartSpec } from '../charts/chart-spec.ts';
import { indicatorTitle } from '../indicator-text.ts';
import type { Block, Chart, HeadingLevel } from './blocks.ts';
import { indicatorNumbers, type IndicatorNumbers } from './indicator-numbers.ts';
import { anyEarlierActual, indicatorTable, nothingReported } from './indicator-table.ts';
import type { ReportContext } from './report-context.ts';
import { templateBlocks } from './template-text.ts';

/** 「基本方針1 協働のまちを支えるひとづくり」: the level's name, the node's number and its title. */
export function nodeLabel(levels: readonly string[], depth: number, node: { number?: string; title: string }): string {
  return `${levels[depth] ?? ''}${node.number ?? ''} ${node.title}`.trim();
}

/** A captioned chart for each indicator that has an actual and at least two points in time. */
export function indicatorCharts(rows: readonly IndicatorRow[], label: (r: IndicatorRow) => string): Chart[] {
  return rows.flatMap((r): Chart[] => {
    const spec = indicatorChartSpec(r);
    return spec ? [{ kind: 'chart', caption: `${label(r)} ${indicatorTitle(r.indicator)}${spec.unit ? `（${spec.unit}）` : ''}`, spec }] : [];
  });
}

export interface SectionKit {
  context: ReportContext;
  /** The printed number of each indicator. */
  numberOf: IndicatorNumbers;
  nextId: () => string;
  /** Renders report/<name>.hbs with the report context plus `extra`, its heading at `level`, in the 目次 when `toc`. */
  text(name: string, level: HeadingLevel, extra?: object, toc?: boolean): Block[];
  /** The indicator table, then a heading and a chart for each indicator that can be drawn. */
  indicators(rows: readonly IndicatorRow[], level: HeadingLevel): Block[];
}

export function sectionKit(context: ReportContext, templates: TemplateSet, progress: PlanProgress): SectionKit {
  let headings = 0;
  const nextId = () => `section-${++headings}`;
  const text = (name: string, level: HeadingLevel, extra: object = {}, toc = false) =>
    templateBlocks(templates.render(`report/${name}`, { ...context, ...extra }), level, nextId, toc);
  const numberOf = indicatorNumbers(progress);
  return {
    context,
    numberOf,
    nextId,
    text,
    indicators(rows, level) {
      if (rows.length === 0) return [];
      const charts = indicatorCharts(rows, (r) => `No.${numberOf(r)}`);
      // Before any actual of the year the table shows targets and the latest actual, and says why.
      const pending = nothingReported(rows) ? pendingState(rows) : undefined;
      return [
        ...text('node-indicators', level, { count: rows.length, pending }),
        indicatorTable(rows, { projectLevel: context.plan.projectLevel, numberOf, hasPreviousYear: progress.hasPreviousYear }),
        ...(charts.length > 0 ? [...text('node-charts', level, { drawn: drawnMarks(charts) }), { kind: 'charts' as const, charts }] : []),
      ];
    },
  };
}

/** The state when every row of a table without actuals is in the same one (else the table has a 状況 column), and whether any earlier actual is shown. */
function pendingState(rows: readonly IndicatorRow[]): { state?: string; latest: boolean } {
  const states = new Set(rows.map((r) => (r.collection ? collectionLabel(r.collection) : r.status.label)));
  return { ...(states.size === 1 ? { state: [...states][0] } : {}), latest: anyEarlierActual(rows) };
}

/** What the charts of a section actually draw, so the legend explains nothing that is not there. */
function drawnMarks(charts: readonly Chart[]) {
  const specs = charts.flatMap((c) => (c.spec.type === 'indicator' ? [c.spec] : []));
  return {
    baseline: specs.some((s) => s.baseline),
    slope: specs.some((s) => s.path?.kind === 'slope'),
    level: specs.some((s) => s.path?.kind === 'level'),
    forecast: specs.some((s) => s.forecast),
  };
}
