// Characters the font cannot draw would print as empty boxes (tofu); find them before printing.
import type { Block, ReportDocument } from '../report/blocks.ts';
import { fontHasGlyph } from './fonts.ts';

export interface MissingGlyph {
  /** missing: printed as an empty box; variation: an ideographic variation (IVS) the font lacks, printed in the base form. */
  kind: 'missing' | 'variation';
  char: string;
  codePoint: string;
  /** The headings it appears under (「基本方針1 … > 指標（3件）」), and the text around it. */
  where: string;
  context: string;
}

/** Line breaks, tabs and other controls are layout, not glyphs. */
const isLayout = (cp: number) => cp < 0x20 || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f);
/** Ideographic variation selectors (葛󠄀 = 葛 + U+E0100): the base character prints, the variation is lost. */
const isIvs = (cp: number) => cp >= 0xe0100 && cp <= 0xe01ef;

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'table':
      return [
        ...block.columns.map((c) => c.header),
        ...block.rows.flatMap((r) => r.flatMap((c) => [c.text, c.sub ?? ''])),
        ...(block.rowNotes ?? []).map((n) => n ?? ''),
        block.footnote ?? '',
      ];
    case 'chart':
      return [block.caption];
    case 'charts':
      return block.charts.map((c) => c.caption);
  }
}

/** The warning an admin reads, the same from every command that writes a PDF. */
export function missingGlyphMessage(g: MissingGlyph, file: string): string {
  const place = `${file} の ${g.where}「…${g.context}…」`;
  return g.kind === 'variation'
    ? `注意: 「${g.char}」の異体字の指定（${g.codePoint}）はフォントにないため、標準の字形の「${g.char}」で印刷されます。場所: ${place}`
    : `注意: 文字「${g.char}」（${g.codePoint}）はフォントにないため □ で印刷されます。場所: ${place}`;
}

export function findMissingGlyphs(doc: ReportDocument): MissingGlyph[] {
  const found: MissingGlyph[] = [];
  const seen = new Set<string>();
  const check = (text: string, where: string) => {
    const chars = [...text];
    for (const [i, char] of chars.entries()) {
      const cp = char.codePointAt(0)!;
      if (isLayout(cp) || (!isIvs(cp) && fontHasGlyph(cp)) || seen.has(`${char}\u0000${where}`)) continue;
      seen.add(`${char}\u0000${where}`);
      const variation = isIvs(cp) && i > 0;
      found.push({
        kind: variation ? 'variation' : 'missing',
        char: variation ? chars[i - 1]! : char,
        codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
        where,
        context: chars.slice(Math.max(0, i - 12), i + 13).join(''),
      });
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
