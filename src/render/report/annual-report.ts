// The annual report of one plan for one fiscal year, assembled as blocks (pure: no IO): はじめに
// with the plan's own statements, 総括, 進捗の概要, a chapter per top-level node, 付録.
import { aggregate } from '../../compute/aggregate.ts';
import type { PlanProgress } from '../../compute/plan-progress.ts';
import type { Municipality } from '../../model/municipality.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import type { TemplateSet } from '../templates/template-set.ts';
import { appendixSection } from './appendix-section.ts';
import type { ReportDocument } from './blocks.ts';
import { detailBlocks, yearDetails } from './details.ts';
import { nodeSections } from './node-sections.ts';
import { overviewSection } from './overview-section.ts';
import { reportContext } from './report-context.ts';
import { sectionKit } from './section-kit.ts';
import { summarySection } from './summary-section.ts';
import { coverText, singleLine } from './template-text.ts';

export interface AnnualReportInput {
  municipality: Municipality;
  /** The plan's figures for the year, computed once per run. */
  progress: PlanProgress;
  edition: string;
  generatedAt: Date;
  version: string;
  templates: TemplateSet;
  /** Printed on both sides (shinchoku.yaml `print.duplex`). */
  duplex: boolean;
}

export function annualReport(input: AnnualReportInput): ReportDocument {
  const { municipality, progress, templates } = input;
  const { data, year, rubric } = progress;
  const context = reportContext(municipality, progress, aggregate(progress.rows, rubric), input);
  const kit = sectionKit(context, templates, progress);

  const subject = `${formatFiscalYear(year)}の進捗状況`;

  return {
    info: { title: `${data.plan.title} ${subject}`, author: municipality.name, subject, keywords: [municipality.name, data.plan.title, '進捗状況報告書', String(year)].join(', ') },
    runningTitle: singleLine(templates.render('report/running-title', context)),
    everyPageNotice: data.plan.demo ? singleLine(templates.render('report/demo-notice', context)) : undefined,
    cover: coverText(templates.render('report/cover', context)),
    tocTitle: singleLine(templates.render('report/toc-title', context)),
    body: [
      ...kit.text('introduction', 1),
      ...detailBlocks(yearDetails(data.plan.details, year), 2, kit.nextId),
      ...summarySection(kit, progress),
      ...overviewSection(kit, progress),
      ...nodeSections(kit, progress),
      ...appendixSection(kit, progress),
    ],
    duplex: input.duplex,
  };
}
