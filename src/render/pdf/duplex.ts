// Mirrored binding margins for duplex printing. pdfmake has one set of page margins for every
// page, so pages are laid out for the odd (right-hand) side and each even page is drawn shifted
// toward its binding edge, which is then on the right. Two small wraps of pdfmake's own classes:
// layout marks the even pages of a document that asks for it, rendering moves what is drawn on them.
import { createRequire } from 'node:module';

const SHIFT = Symbol('shinchoku.duplexShift');

interface PageLike {
  [SHIFT]?: number;
}

interface PdfKitLike {
  addPage(...args: unknown[]): unknown;
  translate(x: number, y: number): unknown;
}

/** pdfmake's `styles`, carrying the shift of even pages where pdfmake passes it to the layout untouched. */
export function duplexStyles(shift: number): Record<string, never> {
  return Object.defineProperty({}, SHIFT, { value: shift, enumerable: false }) as Record<string, never>;
}

let installed = false;

export function installDuplex(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const LayoutBuilder = require('pdfmake/js/LayoutBuilder.js').default;
  const Renderer = require('pdfmake/js/Renderer.js').default;

  const layoutDocument = LayoutBuilder.prototype.layoutDocument;
  LayoutBuilder.prototype.layoutDocument = function (
    this: unknown,
    content: unknown,
    pdf: unknown,
    styles: { [SHIFT]?: number } | undefined,
    ...rest: unknown[]
  ) {
    const pages = layoutDocument.call(this, content, pdf, styles, ...rest) as PageLike[];
    const shift = styles?.[SHIFT];
    if (shift) pages.forEach((page, i) => i % 2 === 1 && (page[SHIFT] = shift));
    return pages;
  };

  const renderPages = Renderer.prototype.renderPages;
  Renderer.prototype.renderPages = function (this: { pdfDocument: PdfKitLike }, pages: PageLike[]) {
    const doc = this.pdfDocument;
    const addPage = doc.addPage;
    let next = 0;
    // Links are placed through the same transformation, so they stay on what they cover.
    doc.addPage = function (this: PdfKitLike, ...args: unknown[]) {
      const page = addPage.apply(this, args);
      const shift = pages[next++]?.[SHIFT];
      if (shift) this.translate(shift, 0);
      return page;
    };
    try {
      return renderPages.call(this, pages);
    } finally {
      delete (doc as Partial<PdfKitLike>).addPage;
    }
  };
}
