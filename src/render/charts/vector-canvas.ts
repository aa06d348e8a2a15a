// What Chart.js draws, recorded as vector paths and text in points instead of pixels. A greyscale
// PNG at print resolution was about 19 KB a chart, which made a 10,000-indicator plan's report
// 156 MB; recorded, a chart is a few hundred bytes of PDF drawing, sharp at any size, and its text
// is set in the report's own embedded face (searchable, and no second copy of the glyphs).
// Only the part of the Canvas 2D API that Chart.js and our plugins call is implemented; anything
// else throws, so a new Chart.js feature cannot silently draw nothing.
import { measurer } from '../pdf/text-measure.ts';

export type Segment = ['M', number, number] | ['L', number, number] | ['C', number, number, number, number, number, number] | ['Z'];

/** A colour in 0–255 channels with its opacity; fully transparent paint records nothing. */
export interface Paint {
  rgb: [number, number, number];
  alpha: number;
}

export type Baseline = 'top' | 'hanging' | 'middle' | 'alphabetic' | 'ideographic' | 'bottom';

export type DrawOp =
  | { op: 'save' }
  | { op: 'restore' }
  | { op: 'clip'; path: Segment[] }
  | { op: 'fill'; path: Segment[]; paint: Paint; evenOdd?: boolean }
  | { op: 'stroke'; path: Segment[]; paint: Paint; width: number; dash: number[]; dashOffset: number; cap: CanvasLineCap; join: CanvasLineJoin }
  | {
      op: 'text';
      text: string;
      x: number;
      y: number;
      size: number;
      bold: boolean;
      paint: Paint;
      align: 'left' | 'center' | 'right';
      baseline: Baseline;
      matrix?: Matrix;
    };

/** A recorded chart: its size in points and what to draw, in order. */
export interface Drawing {
  width: number;
  height: number;
  ops: DrawOp[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const NAMED: Record<string, [number, number, number]> = { black: [0, 0, 0], white: [255, 255, 255] };

export function parsePaint(css: string): Paint {
  const s = css.trim().toLowerCase();
  if (s === 'transparent') return { rgb: [0, 0, 0], alpha: 0 };
  if (NAMED[s]) return { rgb: NAMED[s]!, alpha: 1 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { rgb: [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Paint['rgb'], alpha: 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(s);
  if (fn) return { rgb: [Number(fn[1]), Number(fn[2]), Number(fn[3])], alpha: fn[4] === undefined ? 1 : Number(fn[4]) };
  throw new Error(`chart colour not understood: ${css}`);
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

interface State {
  matrix: Matrix;
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  miterLimit: number;
  dash: number[];
  lineDashOffset: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  globalAlpha: number;
  globalCompositeOperation: string;
}

/** The context Chart.js draws on. Coordinates are transformed as they are recorded. */
export class VectorContext {
  readonly ops: DrawOp[] = [];
  private state: State = {
    matrix: IDENTITY,
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    miterLimit: 10,
    dash: [],
    lineDashOffset: 0,
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    globalAlpha: 1,
    globalCompositeOperation: 'source-over',
  };
  private stack: State[] = [];
  private path: Segment[] = [];
  private current: [number, number] | undefined;
  private start: [number, number] | undefined;

  constructor(readonly canvas: VectorCanvas) {}

  get fillStyle() {
    return this.state.fillStyle;
  }
  set fillStyle(v: string) {
    this.state.fillStyle = v;
  }
  get strokeStyle() {
    return this.state.strokeStyle;
  }
  set strokeStyle(v: string) {
    this.state.strokeStyle = v;
  }
  get lineWidth() {
    return this.state.lineWidth;
  }
  set lineWidth(v: number) {
    if (Number.isFinite(v) && v > 0) this.state.lineWidth = v;
  }
  get lineCap() {
    return this.state.lineCap;
  }
  set lineCap(v: CanvasLineCap) {
    this.state.lineCap = v;
  }
  get lineJoin() {
    return this.state.lineJoin;
  }
  set lineJoin(v: CanvasLineJoin) {
    this.state.lineJoin = v;
  }
  get miterLimit() {
    return this.state.miterLimit;
  }
  set miterLimit(v: number) {
    this.state.miterLimit = v;
  }
  get lineDashOffset() {
    return this.state.lineDashOffset;
  }
  set lineDashOffset(v: number) {
    this.state.lineDashOffset = v;
  }
  get font() {
    return this.state.font;
  }
  set font(v: string) {
    this.state.font = v;
  }
  get textAlign() {
    return this.state.textAlign;
  }
  set textAlign(v: CanvasTextAlign) {
    this.state.textAlign = v;
  }
  get textBaseline() {
    return this.state.textBaseline;
  }
  set textBaseline(v: CanvasTextBaseline) {
    this.state.textBaseline = v;
  }
  get globalAlpha() {
    return this.state.globalAlpha;
  }
  set globalAlpha(v: number) {
    this.state.globalAlpha = v;
  }
  // Only the background plugin sets it, to paint white under the chart: paper is white already.
  get globalCompositeOperation() {
    return this.state.globalCompositeOperation;
  }
  set globalCompositeOperation(v: string) {
    this.state.globalCompositeOperation = v;
  }

  save(): void {
    this.stack.push({ ...this.state, dash: [...this.state.dash] });
    this.ops.push({ op: 'save' });
  }

  restore(): void {
    const state = this.stack.pop();
    if (!state) return;
    this.state = state;
    this.ops.push({ op: 'restore' });
  }

  translate(x: number, y: number): void {
    this.state.matrix = multiply(this.state.matrix, [1, 0, 0, 1, x, y]);
  }
  scale(x: number, y: number): void {
    this.state.matrix = multiply(this.state.matrix, [x, 0, 0, y, 0, 0]);
  }
  rotate(angle: number): void {
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    this.state.matrix = multiply(this.state.matrix, [c, s, -s, c, 0, 0]);
  }
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.state.matrix = [a, b, c, d, e, f];
  }
  resetTransform(): void {
    this.state.matrix = IDENTITY;
  }

  setLineDash(dash: number[]): void {
    this.state.dash = dash.length % 2 === 1 ? [...dash, ...dash] : [...dash];
  }
  getLineDash(): number[] {
    return [...this.state.dash];
  }

  private point(x: number, y: number): [number, number] {
    const m = this.state.matrix;
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  }

  beginPath(): void {
    this.path = [];
    this.current = undefined;
    this.start = undefined;
  }

  moveTo(x: number, y: number): void {
    const p = this.point(x, y);
    this.path.push(['M', ...p]);
    this.current = this.start = p;
  }

  lineTo(x: number, y: number): void {
    if (!this.current) return this.moveTo(x, y);
    const p = this.point(x, y);
    this.path.push(['L', ...p]);
    this.current = p;
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    if (!this.current) this.moveTo(x1, y1);
    const p = this.point(x, y);
    this.path.push(['C', ...this.point(x1, y1), ...this.point(x2, y2), ...p]);
    this.current = p;
  }

  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    if (!this.current) this.moveTo(cx, cy);
    // In user space: the current point is transformed already, so the control points are computed before transforming.
    const inverse = invert(this.state.matrix);
    const [x0, y0] = apply(inverse, this.current!);
    this.bezierCurveTo(x0 + (2 / 3) * (cx - x0), y0 + (2 / 3) * (cy - y0), x + (2 / 3) * (cx - x), y + (2 / 3) * (cy - y), x, y);
  }

  closePath(): void {
    if (!this.current) return;
    this.path.push(['Z']);
    this.current = this.start;
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }

  arc(x: number, y: number, r: number, start: number, end: number, counterclockwise = false): void {
    this.ellipse(x, y, r, r, 0, start, end, counterclockwise);
  }

  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number, counterclockwise = false): void {
    const TAU = 2 * Math.PI;
    let sweep = end - start;
    if (!counterclockwise) sweep = sweep >= TAU ? TAU : ((sweep % TAU) + TAU) % TAU;
    else sweep = -sweep >= TAU ? -TAU : -((((start - end) % TAU) + TAU) % TAU);
    const [c, s] = [Math.cos(rotation), Math.sin(rotation)];
    const at = (t: number): [number, number] => [x + rx * Math.cos(t) * c - ry * Math.sin(t) * s, y + rx * Math.cos(t) * s + ry * Math.sin(t) * c];
    const tangent = (t: number): [number, number] => [-rx * Math.sin(t) * c - ry * Math.cos(t) * s, -rx * Math.sin(t) * s + ry * Math.cos(t) * c];
    const [sx, sy] = at(start);
    if (this.current) this.lineTo(sx, sy);
    else this.moveTo(sx, sy);
    // Quarter turns at most per cubic: within 0.03% of the true curve.
    const pieces = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
    const step = sweep / pieces;
    const k = (4 / 3) * Math.tan(step / 4);
    for (let i = 0; i < pieces; i++) {
      const t0 = start + i * step;
      const t1 = t0 + step;
      const [p0, p1] = [at(t0), at(t1)];
      const [d0, d1] = [tangent(t0), tangent(t1)];
      this.bezierCurveTo(p0[0] + k * d0[0], p0[1] + k * d0[1], p1[0] - k * d1[0], p1[1] - k * d1[1], p1[0], p1[1]);
    }
  }

  private paint(css: string): Paint | undefined {
    const paint = parsePaint(css);
    const alpha = paint.alpha * this.state.globalAlpha;
    return alpha > 0 ? { rgb: paint.rgb, alpha } : undefined;
  }

  /** Line widths scale with the transform (uniform in every chart: Chart.js only translates and rotates). */
  private scaled(width: number): number {
    const m = this.state.matrix;
    return width * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  }

  fill(rule?: CanvasFillRule): void {
    const paint = this.paint(this.state.fillStyle);
    // Bars fill their border as the ring between two rectangles.
    if (paint && this.path.length > 0) this.ops.push({ op: 'fill', path: [...this.path], paint, ...(rule === 'evenodd' ? { evenOdd: true } : {}) });
  }

  stroke(): void {
    const paint = this.paint(this.state.strokeStyle);
    if (!paint || this.path.length === 0) return;
    const { lineCap: cap, lineJoin: join } = this.state;
    const dash = this.state.dash.map((d) => this.scaled(d));
    this.ops.push({
      op: 'stroke',
      path: [...this.path],
      paint,
      width: this.scaled(this.state.lineWidth),
      dash: dash.every((d) => d > 0) ? dash : [],
      dashOffset: this.scaled(this.state.lineDashOffset),
      cap,
      join,
    });
  }

  clip(): void {
    this.ops.push({ op: 'clip', path: [...this.path] });
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    if (this.state.globalCompositeOperation === 'destination-over') return;
    const saved = this.path;
    this.beginPath();
    this.rect(x, y, w, h);
    this.fill();
    this.path = saved;
  }

  strokeRect(x: number, y: number, w: number, h: number): void {
    const saved = this.path;
    this.beginPath();
    this.rect(x, y, w, h);
    this.stroke();
    this.path = saved;
  }

  /** The canvas starts empty and Chart.js clears it only before drawing. */
  clearRect(): void {}

  private fontOf(): { size: number; bold: boolean } {
    const size = /(\d+(?:\.\d+)?)px/.exec(this.state.font);
    if (!size) throw new Error(`chart font not understood: ${this.state.font}`);
    return { size: Number(size[1]), bold: /\b(bold|[6-9]00)\b/.test(this.state.font) };
  }

  measureText(text: string): { width: number } {
    const { size, bold } = this.fontOf();
    return { width: measurer(size, bold)(text) };
  }

  fillText(text: string, x: number, y: number): void {
    const paint = this.paint(this.state.fillStyle);
    if (!paint || text === '') return;
    const { size, bold } = this.fontOf();
    const a = this.state.textAlign;
    const align = a === 'center' ? 'center' : a === 'right' || a === 'end' ? 'right' : 'left';
    const m = this.state.matrix;
    const upright = m[1] === 0 && m[2] === 0 && m[0] === 1 && m[3] === 1;
    const [px, py] = upright ? this.point(x, y) : [x, y];
    this.ops.push({
      op: 'text',
      text,
      x: px,
      y: py,
      size,
      bold,
      paint,
      align,
      baseline: this.state.textBaseline as Baseline,
      ...(upright ? {} : { matrix: m }),
    });
  }

  strokeText(): void {
    throw new Error('stroked text is not supported in vector charts');
  }

  drawImage(): void {
    throw new Error('images are not supported in vector charts');
  }
}

function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
}

const apply = (m: Matrix, [x, y]: [number, number]): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The canvas Chart.js is given: a size in points and the recording context. */
export class VectorCanvas {
  style: Record<string, string> = {};
  private context = new VectorContext(this);
  constructor(
    public width: number,
    public height: number,
  ) {}

  getContext(kind: string): VectorContext | null {
    return kind === '2d' ? this.context : null;
  }

  drawing(): Drawing {
    return { width: this.width, height: this.height, ops: [...this.context.ops] };
  }
}
