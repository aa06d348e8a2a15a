// The annual report of one plan for one fiscal year, assembled as blocks (pure: no IO): はじめに
// with the plan's own statements, 総括, 進捗の概要, a chapter per top-level node, 付録.
import { aggregate } from '../../compute/aggregate.ts';
import type { PlanProgress } from '../../compute/plan-progress.ts';
import type { Municipality } from '../../model/municipality.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import type { TemplateSet } from '../templates/template-set.ts';
import { appendixSection } from './appendix-section.ts';
import { cell, type Block, type ReportDocument } from './blocks.ts';
import { detailBlocks, yearDetails } from './details.ts';
import { nodeSections } from './node-sections.ts';
import { overviewSection } from './overview-section.ts';
import { reportContext } from './report-context.ts';
import { nodeLabel, sectionKit } from './section-kit.ts';
import { summarySection } from './summary-section.ts';
import { coverText, singleLine } from './template-text.ts';
import { chapterVolumes, VOLUME_SIZE } from './volumes.ts';
import { formatNumber } from '../format-ja.ts';
import type { PlanNode } from '../../model/plan.ts';

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

/** The report in one document, whatever its size. */
export function annualReport(input: AnnualReportInput): ReportDocument {
  return annualReportVolumes(input, Infinity)[0]!;
}

/** The report as one document, or in volumes of whole chapters when the plan is larger than `size` (see volumes.ts). */
export function annualReportVolumes(input: AnnualReportInput, size = VOLUME_SIZE): ReportDocument[] {
  const { municipality, progress, templates } = input;
  const { data, year, rubric } = progress;
  const context = reportContext(municipality, progress, aggregate(progress.rows, rubric), input);
  const kit = sectionKit(context, templates, progress);
  const subject = `${formatFiscalYear(year)}の進捗状況`;
  const volumes = chapterVolumes(progress, size);

  const document = (body: Block[], volume?: VolumeContext): ReportDocument => ({
    info: {
      title: `${data.plan.title} ${subject}${volume ? ` 第${volume.number}分冊` : ''}`,
      author: municipality.name,
      subject,
      keywords: [municipality.name, data.plan.title, '進捗状況報告書', String(year)].join(', '),
    },
    runningTitle: singleLine(templates.render('report/running-title', { ...context, volume })),
    everyPageNotice: data.plan.demo ? singleLine(templates.render('report/demo-notice', context)) : undefined,
    cover: coverText(templates.render('report/cover', { ...context, volume })),
    tocTitle: singleLine(templates.render('report/toc-title', context)),
    body,
    duplex: input.duplex,
  });
  const front = (): Block[] => [
    ...kit.text('introduction', 1),
    ...detailBlocks(yearDetails(data.plan.details, year), 2, kit.nextId),
    ...summarySection(kit, progress),
    ...overviewSection(kit, progress),
  ];
  if (volumes.length === 1) return [document([...front(), ...nodeSections(kit, progress), ...appendixSection(kit, progress)])];

  const label = (node: PlanNode) => nodeLabel(data.plan.levels, 0, node);
  const contents = volumes.map((chapters, i): VolumeContext => ({
    number: i + 1,
    count: volumes.length,
    first: label(chapters[0]!),
    last: label(chapters.at(-1)!),
    chapters: chapters.length,
    span: chapters.length === 1 ? label(chapters[0]!) : `${label(chapters[0]!)}から${label(chapters.at(-1)!)}まで`,
    front: i === 0,
    appendix: i === volumes.length - 1,
  }));
  return volumes.map((chapters, i) => {
    const volume = contents[i]!;
    const guide = [...kit.text('volumes', 1, { volume, volumes: contents }, true), volumeTable(contents)];
    const body = [
      ...guide,
      ...(volume.front ? front() : []),
      ...nodeSections(kit, progress, new Set(chapters)),
      ...(volume.appendix ? appendixSection(kit, progress) : []),
    ];
    return document(body, volume);
  });
}

/** What the templates know of a volume: its number, how many there are, and the chapters it holds. */
interface VolumeContext {
  number: number;
  count: number;
  first: string;
  last: string;
  chapters: number;
  /** 「重点推進目標1 …から重点推進目標30 …まで」, or the one chapter's name. */
  span: string;
  /** Holds はじめに, 総括 and 進捗の概要 (the first volume). */
  front: boolean;
  /** Holds the 付録 (the last volume). */
  appendix: boolean;
}

/** Every volume and what it holds, printed at the start of each, so a reader of one finds the others. */
function volumeTable(volumes: readonly VolumeContext[]): Block {
  return {
    kind: 'table',
    columns: [{ header: '分冊' }, { header: '収めた内容', prose: true }],
    rows: volumes.map((v) => {
      const chapters = v.chapters === 1 ? v.first : `${v.first} 〜 ${v.last}（${formatNumber(v.chapters)}章）`;
      return [cell(`第${v.number}分冊`), cell([v.front ? 'はじめに・総括・進捗の概要' : '', chapters, v.appendix ? '付録' : ''].filter(Boolean).join('、'))];
    }),
  };
}
