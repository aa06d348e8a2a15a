// pdfkit parses a font file anew for every document that uses it: both 8 MB faces, 68 times in a
// yearly run, were a third of the run's time. A parsed face is read-only apart from its glyph and
// layout caches, so every document embeds the same parsed faces instead. One small wrap of
// pdfmake's own class, as in duplex.ts: its provideFont, for the files we parsed ourselves.
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';

interface PdfFont {
  id: string;
  /** Text run → its glyphs and positions at the face's scale; the same for every document. */
  layoutCache?: Record<string, unknown>;
}

/** The parts of pdfmake's PDFDocument (a pdfkit document) this wrap uses. */
interface PdfDocument {
  getFontFile(family: string, bold: boolean, italics: boolean): string | null;
  fontCache: Record<string, Record<string, PdfFont>>;
  /** pdfkit's own bookkeeping: every font in it is subset and embedded when the document ends. */
  _fontFamilies: Record<string, PdfFont>;
  _fontCount: number;
}

type EmbeddedFont = new (document: PdfDocument, face: Font, id: string) => PdfFont;

let installed = false;

/** Makes every pdfmake document embed `faces` (virtual file name → parsed face) without parsing them again. */
export function installSharedFaces(faces: Map<string, Font>, sample: Buffer): void {
  if (installed) return;
  installed = true;
  for (const face of faces.values()) decodeOutlinesOnce(face);
  const require = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  const PDFKit = require('pdfkit') as new (options: object) => { font(src: Buffer): { _font: object } };
  // pdfkit does not export the class that embeds a font; a document that opened one has it.
  const Embedded = new PDFKit({ autoFirstPage: false }).font(sample)._font.constructor as EmbeddedFont;
  const PDFDocument = require('pdfmake/js/PDFDocument.js').default as {
    prototype: PdfDocument & { provideFont(this: PdfDocument, family: string, bold: boolean, italics: boolean): PdfFont };
  };

  const provideFont = PDFDocument.prototype.provideFont;
  PDFDocument.prototype.provideFont = function (family, bold, italics) {
    const file = this.getFontFile(family, bold, italics);
    const face = file === null ? undefined : faces.get(file);
    if (file === null || face === undefined) return provideFont.call(this, family, bold, italics);
    // One embedded font per face and document, however many styles (italics) map to the file.
    const byFile = (this.fontCache[SHARED] ??= {});
    let font = byFile[file];
    if (font === undefined) {
      font = new Embedded(this, face, `F${++this._fontCount}`);
      // Headings, labels and names recur across a run's reports; lay each run of text out once.
      font.layoutCache = layoutCache(face);
      this._fontFamilies[font.id] = font;
      byFile[file] = font;
    }
    return font;
  };
}

interface OutlineGlyph {
  _font: { _variationProcessor?: unknown };
  _decoded?: unknown;
  _decode(): unknown;
}

/**
 * Every document's font subset decodes each glyph it includes from the glyf table again (fontkit's
 * TTFSubset), though the outline of a face without variations never changes: about 0.4 s of a
 * yearly run. The decoded outline is kept on the glyph, which the face already caches.
 */
function decodeOutlinesOnce(face: Font): void {
  const prototype = Object.getPrototypeOf(face.getGlyph(0)) as OutlineGlyph & { [ONCE]?: true };
  if (prototype[ONCE]) return;
  prototype[ONCE] = true;
  const decode = prototype._decode;
  prototype._decode = function (this: OutlineGlyph) {
    if (this._font._variationProcessor) return decode.call(this);
    if (!('_decoded' in this)) this._decoded = decode.call(this);
    return this._decoded;
  };
}
const ONCE = Symbol('decoded once');

const layouts = new Map<Font, { cache: Record<string, unknown>; documents: number }>();
/** Bounds the memory of a long-lived process: a fresh cache after this many documents (a yearly run of the seeds prints 68). */
const DOCUMENTS_PER_CACHE = 500;

function layoutCache(face: Font): Record<string, unknown> {
  let entry = layouts.get(face);
  if (entry === undefined || entry.documents >= DOCUMENTS_PER_CACHE) {
    entry = { cache: Object.create(null) as Record<string, unknown>, documents: 0 };
    layouts.set(face, entry);
  }
  entry.documents++;
  return entry.cache;
}

/** A key of pdfmake's font cache no family can have (family names come from our definition). */
const SHARED = '\u0000shared';
