// Characters the font cannot draw would print as empty boxes (tofu); find them before printing.
import type { Block, ReportDocument } from '../report/blocks.ts';
import { fontHasGlyph } from './fonts.ts';

export interface MissingGlyph {
  char: string;
  codePoint: string;
  /** The headings it appears under (「基本方針1 … > 指標（3件）」), and the text around it. */
  where: string;
  context: string;
}

/** Line breaks, tabs and other controls are layout, not glyphs. */
const isLayout = (cp: number) => cp < 0x20 || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f);

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'table':
      return [...block.columns.map((c) => c.header), ...block.rows.flatMap((r) => r.flatMap((c) => [c.text, c.sub ?? ''])), block.footnote ?? ''];
    case 'chart':
      return [block.caption];
    case 'charts':
      return block.charts.map((c) => c.caption);
  }
}

export function findMissingGlyphs(doc: ReportDocument): MissingGlyph[] {
  const found: MissingGlyph[] = [];
  const seen = new Set<string>();
  const check = (text: string, where: string) => {
    for (const [i, char] of [...text].entries()) {
      const cp = char.codePointAt(0)!;
      if (isLayout(cp) || fontHasGlyph(cp) || seen.has(`${char}\u0000${where}`)) continue;
      seen.add(`${char}\u0000${where}`);
      const chars = [...text];
      found.push({ char, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, where, context: chars.slice(Math.max(0, i - 12), i + 13).join('') });
    }
  };
  const front = [doc.info.title, doc.runningTitle, doc.everyPageNotice ?? '', doc.cover.title, doc.cover.subtitle, ...doc.cover.lines, doc.tocTitle];
  for (const text of front) check(text, '表紙・見出し');
  const headings: string[] = [];
  for (const block of doc.body) {
    if (block.kind === 'heading') headings.splice(block.level - 1, headings.length, block.text);
    const where = headings.length > 0 ? `「${headings.filter(Boolean).join(' > ')}」` : '本文の最初';
    for (const text of blockTexts(block)) check(text, where);
  }
  return found;
}
