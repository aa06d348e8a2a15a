// ReportDocument → pdfmake document definition: cover, 目次, running header, page numbers,
// bookmarks, tables whose header repeats, headings kept with what they introduce (keep-with-next.ts).
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { Block, Cell, Heading, ReportDocument, Table } from '../report/blocks.ts';
import { keepGroups } from './keep-with-next.ts';
import { CHART_GAP, CONTENT_WIDTH, FONT_KEY, GRID_CHART, PAGE, STYLES, WIDE_CHART } from './layout.ts';

/** Renders a chart to an image pdfmake can place (a data URL). */
export type ChartImages = (spec: ChartSpec, width: number, height: number) => string;

const TABLE_LINE = 0.5;
const TABLE_PADDING = 3;

const TABLE_LAYOUT = {
  hLineWidth: () => TABLE_LINE,
  vLineWidth: () => TABLE_LINE,
  hLineColor: () => '#555555',
  vLineColor: () => '#555555',
  fillColor: (row: number) => (row === 0 ? '#e4e4e4' : null),
  paddingLeft: () => TABLE_PADDING,
  paddingRight: () => TABLE_PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function cellContent(cell: Cell, align: string | undefined): TableCell {
  const text: Content[] = [{ text: cell.text, bold: cell.bold }];
  if (cell.sub) text.push({ text: `\n${cell.sub}`, ...STYLES.sub });
  return { text, ...STYLES.td, alignment: (align ?? 'left') as 'left' };
}

/**
 * Column widths in points. A '*' column gets the width that is left, as a number: pdfmake widens a
 * star column to its longest unbreakable word (a URL), pushing the table off the page, but breaks
 * such a word inside a column of fixed width.
 */
function columnWidths(block: Table): number[] {
  const fixed = block.columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
  const stars = block.columns.filter((c) => c.width === '*').length;
  const chrome = block.columns.length * (TABLE_PADDING * 2) + (block.columns.length + 1) * TABLE_LINE;
  const star = stars > 0 ? Math.max(20, (CONTENT_WIDTH - fixed - chrome) / stars) : 0;
  return block.columns.map((c) => (c.width === '*' ? star : c.width));
}

function tableContent(block: Table): Content[] {
  const header = block.columns.map((c) => ({ text: c.header, ...STYLES.th }));
  const body = block.rows.map((row) => row.map((cell, i) => cellContent(cell, block.columns[i]?.align)));
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      // A row never splits across pages; rows are short (no free text), so none outgrows a page.
      dontBreakRows: true,
      widths: columnWidths(block),
      body: [header, ...body],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 0, 0, block.footnote ? 0 : 8],
  };
  return block.footnote ? [table, { text: block.footnote, ...STYLES.footnote }] : [table];
}

interface HeadingTrack {
  node: Content & { positions?: Array<{ pageNumber: number }> };
  heading: Heading;
}

function headingContent(h: Heading, parents: Map<number, string>): Content {
  parents.set(h.level, h.id);
  return {
    text: h.text,
    ...STYLES[`h${h.level}`],
    id: h.id,
    tocItem: h.level <= 2,
    tocStyle: h.level === 1 ? { bold: true } : {},
    tocMargin: h.level === 1 ? [0, 6, 0, 0] : [14, 2, 0, 0],
    outline: true,
    outlineParentId: h.level > 1 ? parents.get(h.level - 1) : undefined,
    headlineLevel: h.level,
    pageBreak: h.level === 1 ? 'before' : undefined,
  } as Content;
}

function blockContent(block: Block, charts: ChartImages, parents: Map<number, string>): Content[] {
  switch (block.kind) {
    case 'heading':
      return [headingContent(block, parents)];
    case 'paragraph':
      return [{ text: block.text, ...(block.style === 'note' ? STYLES.note : STYLES.paragraph) }];
    case 'list':
      return [{ ul: block.items, margin: [0, 0, 0, 6] }];
    case 'table':
      return tableContent(block);
    case 'chart':
      return [{ stack: [{ text: block.caption, ...STYLES.caption }, { image: charts(block.spec, WIDE_CHART.width, WIDE_CHART.height), width: WIDE_CHART.width, height: WIDE_CHART.height }], unbreakable: true, margin: [0, 4, 0, 8] }];
    case 'charts': {
      const rows: Content[] = [];
      for (let i = 0; i < block.charts.length; i += 2) {
        const pair = block.charts.slice(i, i + 2).map((c) => ({
          width: GRID_CHART.width,
          stack: [{ text: c.caption, ...STYLES.caption }, { image: charts(c.spec, GRID_CHART.width, GRID_CHART.height), width: GRID_CHART.width, height: GRID_CHART.height }],
        }));
        rows.push({ columns: pair, columnGap: CHART_GAP, unbreakable: true, margin: [0, 4, 0, 6] });
      }
      return rows;
    }
  }
}

function cover(doc: ReportDocument): Content[] {
  return [
    { text: '', margin: [0, 150, 0, 0] },
    { text: doc.cover.title, ...STYLES.coverTitle, margin: [0, 0, 0, 24] },
    { text: doc.cover.subtitle, ...STYLES.coverSubtitle, margin: [0, 0, 0, 200] },
    ...doc.cover.lines.map((line): Content => ({ text: line, ...STYLES.coverLine, margin: [0, 0, 0, 8] })),
  ];
}

export function pdfDefinition(doc: ReportDocument, charts: ChartImages): TDocumentDefinitions {
  const parents = new Map<number, string>();
  const tracks: HeadingTrack[] = [];
  const body: Content[] = [];
  const groups = new Map(keepGroups(doc.body).map((g) => [g.start, g]));
  for (let i = 0; i < doc.body.length; i++) {
    const block = doc.body[i]!;
    const group = groups.get(i);
    if (group) {
      const kept = doc.body.slice(i, group.content).flatMap((b) => blockContent(b, charts, parents));
      body.push({ stack: [...kept, { text: '', margin: [0, group.room, 0, 0] }], unbreakable: true });
      const [first, ...rest] = blockContent(doc.body[group.content]!, charts, parents) as Array<{ margin?: number[] }>;
      const [left = 0, top = 0, right = 0, bottom = 0] = first!.margin ?? [];
      body.push({ ...first!, margin: [left, top - group.room, right, bottom] } as Content, ...(rest as Content[]));
      i = group.content;
      continue;
    }
    const content = blockContent(block, charts, parents);
    if (block.kind === 'heading' && block.level === 1) tracks.push({ node: content[0] as HeadingTrack['node'], heading: block });
    body.push(...content);
  }
  // Headings carry their laid-out page once pdfmake has placed them; headers are drawn after that.
  const sectionOn = (page: number) => [...tracks].reverse().find((t) => (t.node.positions?.[0]?.pageNumber ?? Infinity) <= page)?.heading.text ?? '';
  const notice = doc.everyPageNotice;

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE.margins.left, PAGE.margins.top, PAGE.margins.right, PAGE.margins.bottom],
    info: { title: doc.info.title, author: doc.info.author, subject: doc.info.subject, keywords: doc.info.keywords, creator: 'shinchoku', producer: 'shinchoku (pdfmake)' },
    language: 'ja-JP',
    displayTitle: true,
    defaultStyle: { font: FONT_KEY, fontSize: 9.5, lineHeight: 1.3 },
    header: (page: number) => {
      if (page === 1) return notice ? { text: notice, ...STYLES.notice, alignment: 'center', margin: [0, 24, 0, 0] } : null;
      return {
        margin: [PAGE.margins.left, 28, PAGE.margins.right, 0],
        stack: [
          { columns: [{ text: doc.runningTitle, ...STYLES.running }, { text: sectionOn(page), ...STYLES.running, alignment: 'right' }] },
          { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5 }] },
          ...(notice ? [{ text: notice, ...STYLES.notice, alignment: 'center' as const, margin: [0, 3, 0, 0] as [number, number, number, number] }] : []),
        ],
      };
    },
    footer: (page: number, pages: number) => {
      const number = page === 1 ? [] : [{ text: `${page} / ${pages}`, alignment: 'center' as const, fontSize: 8.5 }];
      return { margin: [PAGE.margins.left, 16, PAGE.margins.right, 0], stack: [...number, ...(notice ? [{ text: notice, ...STYLES.notice, alignment: 'center' as const }] : [])] };
    },
    content: [
      ...cover(doc),
      { toc: { title: { text: doc.tocTitle, ...STYLES.h1 }, numberStyle: { fontSize: 9.5 } }, pageBreak: 'before' },
      ...body,
    ],
  };
}
