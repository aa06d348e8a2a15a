// Charts are recorded from Chart.js's canvas calls and drawn into the PDF as paths and text.
import { describe, expect, it } from 'vitest';
import { parsePaint, VectorCanvas, type DrawOp, type Segment } from '../../src/render/charts/vector-canvas.ts';
import { printPdf } from '../../src/render/pdf/pdf-writer.ts';
import type { ReportDocument } from '../../src/render/report/blocks.ts';
import { readPdf } from '../helpers/pdf.ts';

const record = (draw: (ctx: ReturnType<VectorCanvas['getContext']> & object) => void): DrawOp[] => {
  const canvas = new VectorCanvas(100, 100);
  draw(canvas.getContext('2d')!);
  return canvas.drawing().ops;
};
const pathOf = (ops: DrawOp[]): Segment[] => (ops[0] as { path: Segment[] }).path;

describe('the recording canvas', () => {
  it('records a full circle as four quarter-turn curves whose ends and middles lie on the circle', () => {
    const path = pathOf(
      record((ctx) => {
        ctx.beginPath();
        ctx.arc(50, 50, 10, 0, 2 * Math.PI);
        ctx.fill();
      }),
    );
    expect(path[0]).toEqual(['M', 60, 50]);
    const curves = path.filter((s) => s[0] === 'C') as Array<['C', number, number, number, number, number, number]>;
    expect(curves).toHaveLength(4);
    let from = [60, 50];
    for (const [, x1, y1, x2, y2, x, y] of curves) {
      expect(Math.hypot(x - 50, y - 50)).toBeCloseTo(10, 9);
      // The cubic's middle point; a quarter-circle cubic strays at most 0.027% of the radius.
      const mx = (from[0]! + 3 * x1 + 3 * x2 + x) / 8;
      const my = (from[1]! + 3 * y1 + 3 * y2 + y) / 8;
      expect(Math.abs(Math.hypot(mx - 50, my - 50) - 10)).toBeLessThan(0.003);
      from = [x, y];
    }
  });

  it('applies translate and rotate to the points as they are recorded', () => {
    const path = pathOf(
      record((ctx) => {
        ctx.translate(10, 20);
        ctx.rotate(Math.PI / 2);
        ctx.beginPath();
        ctx.moveTo(0, 0);
        ctx.lineTo(5, 0);
        ctx.stroke();
      }),
    );
    expect(path[0]).toEqual(['M', 10, 20]);
    expect(path[1]![1]).toBeCloseTo(10, 9);
    expect(path[1]![2]).toBeCloseTo(25, 9);
  });

  it('restores the transform, the colours and the dash on restore', () => {
    const ops = record((ctx) => {
      ctx.strokeStyle = '#666';
      ctx.save();
      ctx.setLineDash([6, 4]);
      ctx.strokeStyle = '#000';
      ctx.translate(50, 0);
      ctx.restore();
      ctx.beginPath();
      ctx.moveTo(0, 0);
      ctx.lineTo(1, 0);
      ctx.stroke();
    });
    expect(ops.at(-1)).toMatchObject({
      op: 'stroke',
      paint: { rgb: [102, 102, 102] },
      dash: [],
      path: [
        ['M', 0, 0],
        ['L', 1, 0],
      ],
    });
  });

  it('records nothing for transparent paint and skips the white background under the chart', () => {
    const ops = record((ctx) => {
      ctx.fillStyle = 'transparent';
      ctx.fillRect(0, 0, 10, 10);
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = 'white';
      ctx.fillRect(0, 0, 100, 100);
    });
    expect(ops).toEqual([]);
  });

  it('reads the colours Chart.js and the chart settings use', () => {
    expect(parsePaint('#ddd')).toEqual({ rgb: [221, 221, 221], alpha: 1 });
    expect(parsePaint('#5c5c5c')).toEqual({ rgb: [92, 92, 92], alpha: 1 });
    expect(parsePaint('rgba(0, 0, 0, 0.1)')).toEqual({ rgb: [0, 0, 0], alpha: 0.1 });
    expect(() => parsePaint('hsl(0, 0%, 50%)')).toThrow(/hsl/);
  });

  it('keeps text as text, with its size, alignment and baseline', () => {
    const ops = record((ctx) => {
      ctx.font = "8px 'BIZ UDPGothic'";
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      ctx.fillText('令和6', 30, 40);
    });
    expect(ops).toEqual([
      { op: 'text', text: '令和6', x: 30, y: 40, size: 8, bold: false, paint: { rgb: [0, 0, 0], alpha: 1 }, align: 'center', baseline: 'top' },
    ]);
  });
});

it('prints a chart as vector drawing with its labels as text in the embedded face, and no image', async () => {
  const doc: ReportDocument = {
    info: { title: 't', author: 'a', subject: 's', keywords: 'k' },
    runningTitle: 'テスト',
    cover: { title: '表紙', subtitle: '', lines: [] },
    tocTitle: '目次',
    duplex: false,
    body: [
      { kind: 'heading', level: 1, text: '指標の推移', id: 'h1', toc: true },
      {
        kind: 'chart',
        caption: 'No.1 テストの指標（人）',
        spec: {
          type: 'indicator',
          decimals: 0,
          years: [2021, 2022, 2023, 2024],
          reportYear: 2024,
          actuals: [
            { year: 2022, value: 120 },
            { year: 2023, value: 135 },
          ],
          targets: [{ year: 2024, value: 150 }],
        },
      },
    ],
  };
  const pdf = await readPdf(await printPdf(doc));
  const page = pdf.pages.find((p) => p.text.includes('No.1 テストの指標'))!;
  const chartTexts = page.items.map((t) => t.text);
  expect(chartTexts).toEqual(expect.arrayContaining(['R5', '2023', '実績値', '目標値']));
  expect(pdf.raw).not.toMatch(/\/Subtype\s*\/Image/);
  // The chart's labels share the document's subset of the face: two embedded fonts, regular and bold.
  expect(pdf.raw.match(/\/FontFile2/g)).toHaveLength(2);
});
