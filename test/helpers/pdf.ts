import { readFile } from 'node:fs/promises';
import { getDocumentProxy } from 'unpdf';

export interface PdfPage {
  /** Text items in reading order, with their baseline height on the page (points from the bottom), left edge, width and font size. */
  items: Array<{ text: string; y: number; x: number; width: number; size: number }>;
  text: string;
  width: number;
  height: number;
}

export interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

export interface ParsedPdf {
  pages: PdfPage[];
  info: Record<string, unknown>;
  outline: OutlineItem[];
  /** Raw bytes as latin1, for the font dictionaries. */
  raw: string;
}

/** Parses a PDF the way a reader's viewer would: text per page, metadata, bookmarks. */
export async function readPdf(file: string | Uint8Array): Promise<ParsedPdf> {
  const bytes = typeof file === 'string' ? await readFile(file) : file;
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [
            {
              text: item.str,
              y: item.transform[5] as number,
              x: item.transform[4] as number,
              width: item.width,
              size: Math.hypot(item.transform[0] as number, item.transform[1] as number),
            },
          ]
        : [],
    );
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ items, text: items.map((t) => t.text).join(''), width, height });
  }
  const { info } = await pdf.getMetadata();
  const outline = ((await pdf.getOutline()) ?? []) as unknown as OutlineItem[];
  return { pages, info: info as Record<string, unknown>, outline, raw: bytes.toString('latin1') };
}

/** Text with all white space removed: wrapped table cells break names across lines. */
export const squash = (text: string) => text.replace(/\s+/g, '');
