// A report's blocks as plain text, for golden files: what the PDF says, without its layout.
import type { Block, Cell, ReportDocument } from '../../src/render/report/blocks.ts';

const cellText = (c: Cell) => [c.text, c.sub].filter(Boolean).join(' / ').replaceAll('\n', ' / ');

function blockText(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return ['', `${'#'.repeat(b.level)} ${b.text}`];
    case 'paragraph':
      return [b.text];
    case 'list':
      return b.items.map((i) => `- ${i}`);
    case 'table':
      return [
        `| ${b.columns.map((c) => c.header).join(' | ')} |`,
        ...b.rows.flatMap((r, i) => [`| ${r.map(cellText).join(' | ')} |`, ...(b.rowNotes?.[i] ? [`|  └ ${b.rowNotes[i]!.replaceAll('\n', ' / ')} |`] : [])]),
        ...(b.footnote ? [`（注）${b.footnote}`] : []),
      ];
    case 'chart':
      return [`[グラフ] ${b.caption}`];
    case 'charts':
      return b.charts.map((c) => `[グラフ] ${c.caption}`);
  }
}

export function documentText(doc: ReportDocument): string {
  return [`# ${doc.cover.title}`, doc.cover.subtitle, ...doc.cover.lines, ...doc.body.flatMap(blockText), ''].join('\n');
}
