// Recorded charts (charts/vector-canvas.ts) drawn into the PDF as vector paths and text. pdfmake
// lays a chart out as an `svg` node of the chart's size; the node's SVG is only a placeholder
// naming the recording, and a small wrap of pdfmake's renderer (as in duplex.ts) draws the
// recording with pdfkit where the SVG would have gone. No SVG is parsed or converted.
import { createRequire } from 'node:module';
import type { Content } from 'pdfmake/interfaces.js';
import type { Drawing, Paint, Segment } from '../charts/vector-canvas.ts';
import { FONT_KEY } from './layout.ts';

/** The parts of pdfkit (and pdfmake's PDFDocument) the replay uses. */
interface PdfKit {
  save(): PdfKit;
  restore(): PdfKit;
  translate(x: number, y: number): PdfKit;
  scale(s: number): PdfKit;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): PdfKit;
  moveTo(x: number, y: number): PdfKit;
  lineTo(x: number, y: number): PdfKit;
  bezierCurveTo(a: number, b: number, c: number, d: number, x: number, y: number): PdfKit;
  closePath(): PdfKit;
  clip(): PdfKit;
  fill(rule?: string): PdfKit;
  stroke(): PdfKit;
  fillColor(rgb: number[], opacity?: number): PdfKit;
  strokeColor(rgb: number[], opacity?: number): PdfKit;
  lineWidth(w: number): PdfKit;
  lineCap(c: string): PdfKit;
  lineJoin(j: string): PdfKit;
  dash(lengths: number[], options: { phase: number }): PdfKit;
  undash(): PdfKit;
  fontSize(size: number): PdfKit;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options: object): PdfKit;
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
  _font: unknown;
}

const drawings = new Map<string, Drawing>();
let counter = 0;
const ID = /id="(shinchoku-chart-\d+)"/;

/** The pdfmake node that prints `drawing` at `width` × `height` points. */
export function chartNode(drawing: Drawing, width: number, height: number): Content {
  const id = `shinchoku-chart-${++counter}`;
  drawings.set(id, drawing);
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${drawing.height}" id="${id}"/>`, width, height } as Content;
}

/** Forgets every recording: only between documents, never while one is being printed. */
export function forgetDrawings(): void {
  drawings.clear();
}

let installed = false;

export function installVectorCharts(): void {
  if (installed) return;
  installed = true;
  const Renderer = createRequire(import.meta.url)('pdfmake/js/Renderer.js').default;
  const renderSVG = Renderer.prototype.renderSVG;
  Renderer.prototype.renderSVG = function (this: { pdfDocument: PdfKit }, svg: { svg: string; x: number; y: number; _width: number }) {
    const drawing = drawings.get(ID.exec(svg.svg)?.[1] ?? '');
    if (!drawing) return renderSVG.call(this, svg);
    draw(this.pdfDocument, drawing, svg.x, svg.y, svg._width / drawing.width);
  };
}

function trace(doc: PdfKit, path: readonly Segment[]): void {
  for (const s of path) {
    if (s[0] === 'M') doc.moveTo(s[1], s[2]);
    else if (s[0] === 'L') doc.lineTo(s[1], s[2]);
    else if (s[0] === 'C') doc.bezierCurveTo(s[1], s[2], s[3], s[4], s[5], s[6]);
    else doc.closePath();
  }
}

const opacity = (p: Paint) => (p.alpha < 1 ? p.alpha : undefined);

function draw(doc: PdfKit, drawing: Drawing, x: number, y: number, scale: number): void {
  doc.save().translate(x, y);
  if (scale !== 1) doc.scale(scale);
  for (const op of drawing.ops) {
    switch (op.op) {
      case 'save':
        doc.save();
        break;
      case 'restore':
        doc.restore();
        break;
      case 'clip':
        trace(doc, op.path);
        doc.clip();
        break;
      case 'fill':
        trace(doc, op.path);
        doc.fillColor(op.paint.rgb, opacity(op.paint)).fill(op.evenOdd ? 'even-odd' : 'non-zero');
        break;
      case 'stroke':
        trace(doc, op.path);
        doc.lineWidth(op.width).lineCap(op.cap).lineJoin(op.join);
        if (op.dash.length > 0) doc.dash(op.dash, { phase: op.dashOffset });
        else doc.undash();
        doc.strokeColor(op.paint.rgb, opacity(op.paint)).stroke();
        break;
      case 'text': {
        doc._font = doc.provideFont(FONT_KEY, op.bold, false);
        doc.fontSize(op.size).fillColor(op.paint.rgb, opacity(op.paint));
        const width = op.align === 'left' ? 0 : doc.widthOfString(op.text);
        const left = op.x - (op.align === 'center' ? width / 2 : op.align === 'right' ? width : 0);
        if (op.matrix) doc.save().transform(...op.matrix);
        doc.text(op.text, left, op.y, { lineBreak: false, baseline: op.baseline });
        if (op.matrix) doc.restore();
        break;
      }
    }
  }
  doc.restore();
}
