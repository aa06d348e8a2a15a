// Shared by every section builder: templates, heading ids, and the indicator table with its charts.
import type { IndicatorRow } from '../../compute/plan-progress.ts';
import type { TemplateSet } from '../templates/template-set.ts';
import { indicatorChartSpec } from '../charts/chart-spec.ts';
import { indicatorTitle } from '../indicator-text.ts';
import type { Block, Chart, HeadingLevel } from './blocks.ts';
import { indicatorTable } from './indicator-table.ts';
import type { ReportContext } from './report-context.ts';
import { templateBlocks } from './template-text.ts';

/** 「基本方針1 協働のまちを支えるひとづくり」: the level's name, the node's number and its title. */
export function nodeLabel(levels: readonly string[], depth: number, node: { number?: string; title: string }): string {
  return `${levels[depth] ?? ''}${node.number ?? ''} ${node.title}`.trim();
}

/** A captioned chart for each indicator that has at least two points in time. */
export function indicatorCharts(rows: readonly IndicatorRow[]): Chart[] {
  return rows.flatMap((r): Chart[] => {
    const spec = indicatorChartSpec(r);
    return spec ? [{ kind: 'chart', caption: `${r.indicator.id} ${indicatorTitle(r.indicator)}${spec.unit ? `（${spec.unit}）` : ''}`, spec }] : [];
  });
}

export interface SectionKit {
  context: ReportContext;
  /** Renders report/<name>.hbs with the report context plus `extra`, its heading at `level`, in the 目次 when `toc`. */
  text(name: string, level: HeadingLevel, extra?: object, toc?: boolean): Block[];
  /** The indicator table, then a heading and a chart for each indicator that can be drawn. */
  indicators(rows: readonly IndicatorRow[], level: HeadingLevel): Block[];
}

export function sectionKit(context: ReportContext, templates: TemplateSet): SectionKit {
  let headings = 0;
  const nextId = () => `section-${++headings}`;
  const text = (name: string, level: HeadingLevel, extra: object = {}, toc = false) => templateBlocks(templates.render(`report/${name}`, { ...context, ...extra }), level, nextId, toc);
  return {
    context,
    text,
    indicators(rows, level) {
      if (rows.length === 0) return [];
      const charts = indicatorCharts(rows);
      return [
        ...text('node-indicators', level, { count: rows.length }),
        indicatorTable(rows, context.plan.projectLevel),
        ...(charts.length > 0 ? [...text('node-charts', level), { kind: 'charts' as const, charts }] : []),
      ];
    },
  };
}
