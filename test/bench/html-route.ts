// The way most Node teams would build the same report: Handlebars → HTML with Chart.js →
// headless Chromium print-to-PDF. Built from the same blocks, so both routes print the same content.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Handlebars from 'handlebars';
import { indicatorChartConfig, statusChartConfig } from '../../src/render/charts/chart-config.ts';
import type { Block, ReportDocument } from '../../src/render/report/blocks.ts';
import { FONT_FILES } from '../../src/render/pdf/fonts.ts';

export const CHROMIUM = '/usr/bin/chromium';

const page = Handlebars.compile(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{{info.title}}</title>
<style>
@font-face { font-family: 'UD'; src: url('{{font}}'); }
@page { size: A4; margin: 22mm 17mm 20mm 25mm; }
body { font-family: 'UD'; font-size: 9.5pt; line-height: 1.3; }
h1 { font-size: 16pt; break-before: page; } h2 { font-size: 12.5pt; break-after: avoid; } h3 { font-size: 10.5pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin-bottom: 8pt; } th { background: #e4e4e4; }
td, th { border: 0.5pt solid #555; padding: 2pt 3pt; } thead { display: table-header-group; } tr { break-inside: avoid; }
.sub { font-size: 6.5pt; color: #333; display: block; } .grid { display: flex; flex-wrap: wrap; gap: 12pt; }
.chart { break-inside: avoid; } .cover { text-align: center; padding-top: 150pt; }
</style></head><body>
<div class="cover"><h1 style="break-before:auto">{{cover.title}}</h1><h2>{{cover.subtitle}}</h2>{{#each cover.lines}}<p>{{this}}</p>{{/each}}</div>
{{#each html}}{{{this}}}{{/each}}
<script>{{{chartJs}}}</script>
<script>for (const [id, config] of {{{charts}}}) new Chart(document.getElementById(id), config);</script>
</body></html>`);

const esc = Handlebars.escapeExpression;

function blockHtml(block: Block, charts: Array<[string, unknown]>): string {
  const canvas = (config: unknown, w: number, h: number, caption: string) => {
    const id = `c${charts.length}`;
    charts.push([id, config]);
    return `<div class="chart"><b>${esc(caption)}</b><br><canvas id="${id}" width="${w}" height="${h}" style="width:${w}pt;height:${h}pt"></canvas></div>`;
  };
  const config = (spec: Extract<Block, { kind: 'chart' }>['spec']) => (spec.type === 'indicator' ? indicatorChartConfig(spec) : statusChartConfig(spec));
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} id="${block.id}">${esc(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${esc(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${block.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((r) => `<tr>${r.map((c) => `<td>${esc(c.text)}${c.sub ? `<span class="sub">${esc(c.sub)}</span>` : ''}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>${block.footnote ? `<p>${esc(block.footnote)}</p>` : ''}`;
    case 'chart':
      return canvas(config(block.spec), 470, 180, block.caption);
    case 'charts':
      return `<div class="grid">${block.charts.map((c) => canvas(config(c.spec), 229, 150, c.caption)).join('')}</div>`;
  }
}

let chartJs: string | undefined;

/** The report as one HTML page: fonts from the disk, charts drawn by Chart.js in the page. */
export async function reportHtml(doc: ReportDocument): Promise<string> {
  chartJs ??= await readFile(path.join(path.dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.js'), 'utf8');
  const charts: Array<[string, unknown]> = [];
  const html = doc.body.map((b) => blockHtml(b, charts));
  return page({ ...doc, html, font: `file://${FONT_FILES.regular}`, chartJs, charts: JSON.stringify(charts) });
}

/** Chromium's own switches for a quiet headless browser that fetches nothing. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Writes the PDF through a Chromium started for this report alone; returns its bytes. */
export async function chromiumPdf(doc: ReportDocument): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-chromium-'));
  try {
    await writeFile(path.join(dir, 'report.html'), await reportHtml(doc));
    const out = path.join(dir, 'report.pdf');
    await promisify(execFile)(
      CHROMIUM,
      [
        ...CHROMIUM_ARGS,
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${out}`,
        `file://${path.join(dir, 'report.html')}`,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
