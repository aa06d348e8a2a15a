// ReportDocument → pdfmake document definition: cover, 目次 with leaders, running heads and page
// numbers on the outer side, bookmarks, tables whose header repeats, headings kept with what they
// introduce (keep-with-next.ts). Every text is set into lines by the project (set-text.ts).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { statusChartHeight } from '../charts/status-chart.ts';
import type { Block, Heading, ReportDocument } from '../report/blocks.ts';
import { duplexStyles } from './duplex.ts';
import { keepGroups, type BlockHeights } from './keep-with-next.ts';
import { CHART_GAP, CONTENT_WIDTH, DUPLEX_SHIFT, FONT_KEY, GRID_CHART, PAGE_MARGINS, SPACING, TEXT, type TextStyle, WIDE_CHART } from './layout.ts';
import { lineInlines, paragraphNode, setLines, styleProps, textNode } from './set-text.ts';
import { runningHead, pageFooter } from './page-furniture.ts';
import { rowHeight, setTable, tableContent } from './table-content.ts';
import { tableOfContents } from './toc.ts';

/** Renders a chart to an image pdfmake can place (a data URL). */
/** The printed chart of `spec` at `width` × `height` points. */
export type ChartImages = (spec: ChartSpec, width: number, height: number) => Content;

export interface PrintOptions {
  /** Mirrored binding margins for printing on both sides. */
  duplex: boolean;
}

const BULLET = '・';
const BULLET_WIDTH = TEXT.body.fontSize;
const lineHeight = (style: TextStyle) => style.fontSize * style.lineHeight;

const headingStyle = (h: Heading) => TEXT[`h${h.level}`];

/** A status chart is as tall as its groups' names need; an indicator chart has the page's chart size. */
const wideChartSize = (spec: ChartSpec) =>
  spec.type === 'status' ? { width: WIDE_CHART.width, height: statusChartHeight(spec, WIDE_CHART.width) } : WIDE_CHART;

function headingContent(h: Heading, parents: Map<number, string>): Content {
  for (const level of parents.keys()) if (level >= h.level) parents.delete(level);
  // The bookmark's parent: the nearest heading above it in rank (a level may be skipped).
  const parent = [...parents.entries()].filter(([level]) => level < h.level).sort(([a], [b]) => b - a)[0]?.[1];
  parents.set(h.level, h.id);
  const style = headingStyle(h);
  return textNode(setLines(h.text, style, CONTENT_WIDTH), style, {
    id: h.id,
    margin: SPACING[`h${h.level}`],
    outline: true,
    outlineText: h.text,
    outlineParentId: parent,
    headlineLevel: h.level,
    pageBreak: h.level === 1 ? 'before' : undefined,
  });
}

/** A bulleted list; its first two and last two items stay together, so no page holds one item of a list alone. */
function listContent(items: readonly string[]): Content {
  const lines = items.map((item) => setLines(item, TEXT.body, CONTENT_WIDTH - BULLET_WIDTH));
  const set = lines.map(
    (item): Content =>
      ({
        columns: [
          { width: BULLET_WIDTH, text: BULLET, ...TEXT.body },
          { width: CONTENT_WIDTH - BULLET_WIDTH, text: lineInlines(item), ...styleProps(TEXT.body) },
        ],
        columnGap: 0,
        unbreakable: item.length <= 3,
      }) as Content,
  );
  // Kept together only while short: pdfmake cannot place an unbreakable block taller than a page.
  const kept = (from: number, to: number): Content => ({ stack: set.slice(from, to), unbreakable: lines.slice(from, to).flat().length <= 16 });
  const n = set.length;
  const stack = n <= 4 ? [kept(0, n)] : [kept(0, 2), ...set.slice(2, -2), kept(n - 2, n)];
  return { stack, margin: SPACING.paragraph } as Content;
}

function chartStack(caption: string, chart: Content, size: { width: number }): Content {
  return { stack: [textNode(setLines(caption, TEXT.caption, size.width), TEXT.caption, { margin: SPACING.caption }), chart] } as Content;
}

function blockContent(block: Block, charts: ChartImages, parents: Map<number, string>): Content[] {
  switch (block.kind) {
    case 'heading':
      return [headingContent(block, parents)];
    case 'paragraph': {
      const style = block.style === 'note' ? TEXT.note : TEXT.body;
      return [paragraphNode(setLines(block.text, style, CONTENT_WIDTH), style, block.style === 'note' ? SPACING.note : SPACING.paragraph)];
    }
    case 'list':
      return [listContent(block.items)];
    case 'table':
      return tableContent(block, CONTENT_WIDTH);
    case 'chart': {
      const size = wideChartSize(block.spec);
      return [
        { ...(chartStack(block.caption, charts(block.spec, size.width, size.height), size) as object), unbreakable: true, margin: [0, 4, 0, 8] } as Content,
      ];
    }
    case 'charts': {
      const rows: Content[] = [];
      for (let i = 0; i < block.charts.length; i += 2) {
        const pair = block.charts
          .slice(i, i + 2)
          .map((c) => ({ width: GRID_CHART.width, ...(chartStack(c.caption, charts(c.spec, GRID_CHART.width, GRID_CHART.height), GRID_CHART) as object) }));
        rows.push({ columns: pair, columnGap: CHART_GAP, unbreakable: true, margin: [0, 4, 0, 6] } as Content);
      }
      return rows;
    }
  }
}

/** Heights of blocks as they will be set, for keeping headings with what follows them. */
const heights: BlockHeights = {
  text(block) {
    switch (block.kind) {
      case 'heading': {
        const style = headingStyle(block);
        const [, top, , bottom] = SPACING[`h${block.level}`];
        return setLines(block.text, style, CONTENT_WIDTH).length * lineHeight(style) + top + bottom;
      }
      case 'paragraph': {
        const style = block.style === 'note' ? TEXT.note : TEXT.body;
        return setLines(block.text, style, CONTENT_WIDTH).length * lineHeight(style) + SPACING.paragraph[3];
      }
      case 'list':
        return block.items.reduce(
          (h, item) => h + setLines(item, TEXT.body, CONTENT_WIDTH - BULLET_WIDTH).length * lineHeight(TEXT.body),
          SPACING.paragraph[3],
        );
      default:
        return Number.POSITIVE_INFINITY;
    }
  },
  firstRow(block) {
    switch (block.kind) {
      case 'table': {
        // The header and the rows kept with it (tableContent keeps the first two, or a short table whole with its footnote).
        const { header, rows } = setTable(block);
        const short = rows.length <= 5;
        const note =
          short && block.footnote
            ? setLines(block.footnote, TEXT.footnote, CONTENT_WIDTH).length * lineHeight(TEXT.footnote) + SPACING.footnote[1] + SPACING.footnote[3]
            : 0;
        return Math.max(0, ...header.map((c) => c.height)) + (short ? rows : rows.slice(0, 2)).reduce((h, r) => h + rowHeight(r), 0) + note + 4;
      }
      case 'charts':
        return GRID_CHART.height + 2 * lineHeight(TEXT.caption) + 12;
      case 'chart':
        return wideChartSize(block.spec).height + lineHeight(TEXT.caption) + 14;
      default:
        return undefined;
    }
  },
};

function cover(doc: ReportDocument): Content[] {
  const centered = (text: string, style: TextStyle, margin: number[]) => textNode(setLines(text, style, CONTENT_WIDTH), style, { alignment: 'center', margin });
  return [
    { text: '', margin: [0, 150, 0, 0] },
    centered(doc.cover.title, TEXT.coverTitle, [0, 0, 0, 24]),
    centered(doc.cover.subtitle, TEXT.coverSubtitle, [0, 0, 0, 200]),
    ...doc.cover.lines.map((line) => centered(line, TEXT.coverLine, [0, 0, 0, 8])),
  ];
}

/**
 * The last node of a chapter without space below it: pdfmake moves to a new page for a bottom margin
 * that does not fit, and the next chapter's page break then leaves that page blank.
 */
function endOfChapter(node: Content | undefined): void {
  if (!node || typeof node !== 'object') return;
  const n = node as { margin?: number[]; stack?: Content[] };
  if (Array.isArray(n.margin) && n.margin.length === 4) n.margin = [n.margin[0]!, n.margin[1]!, n.margin[2]!, 0];
  if (Array.isArray(n.stack)) endOfChapter(n.stack.at(-1));
}

function bodyContent(doc: ReportDocument, charts: ChartImages): { content: Content[]; chapters: Array<{ node: Content; heading: Heading }> } {
  const parents = new Map<number, string>();
  const chapters: Array<{ node: Content; heading: Heading }> = [];
  const content: Content[] = [];
  const groups = new Map(keepGroups(doc.body, heights).map((g) => [g.start, g]));
  const push = (block: Block) => {
    const nodes = blockContent(block, charts, parents);
    if (block.kind === 'heading' && block.level === 1) {
      endOfChapter(content.at(-1));
      chapters.push({ node: nodes[0]!, heading: block });
    }
    return nodes;
  };
  for (let i = 0; i < doc.body.length; i++) {
    const group = groups.get(i);
    if (!group) {
      content.push(...push(doc.body[i]!));
      continue;
    }
    const kept = doc.body.slice(i, group.end).flatMap(push);
    if (group.room === undefined) {
      content.push({ stack: kept, unbreakable: true });
      i = group.end - 1;
      continue;
    }
    content.push({ stack: [...kept, { text: '', margin: [0, group.room, 0, 0] }], unbreakable: true });
    const [first, ...rest] = push(doc.body[group.end]!) as Array<{ margin?: number[] }>;
    const [left = 0, top = 0, right = 0, bottom = 0] = first!.margin ?? [];
    content.push({ ...first!, margin: [left, top - group.room, right, bottom] } as Content, ...(rest as Content[]));
    i = group.end;
  }
  return { content, chapters };
}

export function pdfDefinition(doc: ReportDocument, charts: ChartImages, options: PrintOptions): TDocumentDefinitions {
  const { content, chapters } = bodyContent(doc, charts);
  // Headings carry their laid-out page once pdfmake has placed them; headers are drawn after that.
  const chapterOn = (page: number) =>
    [...chapters].reverse().find((c) => ((c.node as { positions?: Array<{ pageNumber: number }> }).positions?.[0]?.pageNumber ?? Infinity) <= page)?.heading
      .text ?? '';
  const furniture = { runningTitle: doc.runningTitle, notice: doc.everyPageNotice, duplex: options.duplex };

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    styles: options.duplex ? duplexStyles(DUPLEX_SHIFT) : {},
    info: {
      title: doc.info.title,
      author: doc.info.author,
      subject: doc.info.subject,
      keywords: doc.info.keywords,
      creator: 'shinchoku',
      producer: 'shinchoku (pdfmake)',
    },
    language: 'ja-JP',
    displayTitle: true,
    defaultStyle: { font: FONT_KEY, ...TEXT.body },
    header: (page: number) => runningHead(furniture, page, chapterOn(page)),
    footer: (page: number) => pageFooter(furniture, page),
    content: [
      ...cover(doc),
      ...tableOfContents(
        doc.tocTitle,
        doc.body.filter((b): b is Heading => b.kind === 'heading'),
        CONTENT_WIDTH,
      ),
      ...content,
    ],
  };
}
