// Prints a ReportDocument to PDF bytes with pdfmake: embedded, subset BIZ UDPGothic; charts as
// vector drawing with their text in the same face; nothing fetched from the network or the disk while rendering.
import pdfmake from 'pdfmake';
import { indicatorChartConfig, statusChartConfig } from '../charts/chart-config.ts';
import { drawChart } from '../charts/chart-renderer.ts';
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { Drawing } from '../charts/vector-canvas.ts';
import type { Content } from 'pdfmake/interfaces.js';
import { chartNode, forgetDrawings, installVectorCharts } from './vector-charts.ts';
import type { ReportDocument } from '../report/blocks.ts';
import { fontFaces } from './fonts.ts';
import { FONT_KEY } from './layout.ts';
import { installContentStreams } from './content-streams.ts';
import { installDuplex } from './duplex.ts';
import { installSharedFaces } from './shared-faces.ts';
import { pdfDefinition } from './pdf-definition.ts';
import { forgetSetTables } from './table-content.ts';
import { releaseMemoryAfter } from './release-memory.ts';

let ready = false;
const REGULAR = 'shinchoku-regular.ttf';
const BOLD = 'shinchoku-bold.ttf';

/** Present at run time, missing from @types/pdfmake 0.3. */
const virtualfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;

// pdfmake 0.3 cannot take font Buffers in setFonts (it treats them as URLs); its virtual file
// system can. URL and local-file access stay off: a document can never make the printer fetch.
function setUp(): void {
  if (ready) return;
  const faces = fontFaces();
  virtualfs.writeFileSync(REGULAR, faces.buffers.regular);
  virtualfs.writeFileSync(BOLD, faces.buffers.bold);
  installSharedFaces(
    new Map([
      [REGULAR, faces.regular],
      [BOLD, faces.bold],
    ]),
    faces.buffers.regular,
  );
  pdfmake.setFonts({ [FONT_KEY]: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  installDuplex();
  installContentStreams();
  installVectorCharts();
  ready = true;
}

/** Charts already drawn in this process: the annual and department reports of a run share most of them. */
const drawn = new Map<string, Drawing>();
const MAX_DRAWN = 2000;

function chartContent(spec: ChartSpec, width: number, height: number): Content {
  const key = `${width}x${height} ${JSON.stringify(spec)}`;
  let drawing = drawn.get(key);
  if (drawing === undefined) {
    const config = spec.type === 'indicator' ? indicatorChartConfig(spec) : statusChartConfig(spec);
    drawing = drawChart(config as never, width, height);
    drawn.set(key, drawing);
  }
  return chartNode(drawing, width, height);
}

export async function printPdf(doc: ReportDocument): Promise<Buffer> {
  setUp();
  // Between documents only: a document's charts are looked up when it is rendered.
  if (drawn.size >= MAX_DRAWN) drawn.clear();
  let pdf: Buffer;
  try {
    pdf = (await pdfmake.createPdf(pdfDefinition(doc, chartContent, { duplex: doc.duplex })).getBuffer()) as Buffer;
  } finally {
    forgetSetTables();
    forgetDrawings();
  }
  releaseMemoryAfter(pdf);
  return pdf;
}
