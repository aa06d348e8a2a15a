// pdfkit turns every operator it draws (a line of text, a colour, a rule) into a Buffer of its own
// and keeps them in a list until the page's stream is compressed: hundreds of thousands of small
// objects for a 300-page volume, each copied by the young-generation collector before it dies.
// A stream's operators are written into one growing block instead; the bytes that reach the PDF
// are the same. One small wrap of pdfkit's own class, as in shared-faces.ts.
import { createRequire } from 'node:module';

/** The parts of pdfkit's PDFReference (an indirect object, with a stream when written to) this wrap uses. */
interface PdfReference {
  buffer: Uint8Array[];
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  [BLOCK]?: { bytes: Buffer; used: number };
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

const BLOCK = Symbol('shinchoku.contentBlock');
/** A page of a report writes 20–60 KB of operators; most streams fit in the first block. */
const BLOCK_BYTES = 64 * 1024;

/** Hands the operators written so far to pdfkit's list, where its own code takes them from. */
function settle(ref: PdfReference): void {
  const block = ref[BLOCK];
  if (block === undefined) return;
  ref[BLOCK] = undefined;
  if (block.used > 0) ref.buffer.push(block.bytes.subarray(0, block.used));
}

let installed = false;

export function installContentStreams(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  const PDFKit = require('pdfkit') as new (options: object) => { ref(data: object): PdfReference };
  // pdfkit does not export the class; a reference it made has it.
  const prototype = Object.getPrototypeOf(new PDFKit({ autoFirstPage: false }).ref({})) as PdfReference;
  const write = prototype.write;
  const finalize = prototype.finalize;

  prototype.write = function (this: PdfReference, chunk) {
    if (chunk instanceof Uint8Array) {
      settle(this);
      return write.call(this, chunk);
    }
    // As pdfkit writes it: the operator, a line feed, each character as one byte ('binary').
    const text = `${chunk}\n`;
    let block = this[BLOCK];
    if (block === undefined || block.used + text.length > block.bytes.length) {
      settle(this);
      block = { bytes: Buffer.allocUnsafe(Math.max(BLOCK_BYTES, text.length)), used: 0 };
      this[BLOCK] = block;
    }
    block.used += block.bytes.write(text, block.used, 'latin1');
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };

  prototype.finalize = function (this: PdfReference) {
    settle(this);
    return finalize.call(this);
  };
}
