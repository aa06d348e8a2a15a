// One measured build in a fresh process, so peak RSS belongs to that build alone.
// Usage: tsx test/bench/build-one.ts <case id> <shinchoku|chromium>; prints one JSON line.
// shinchoku prints the report as the `report` command does: in volumes when the plan is large.
import { getDocumentProxy } from 'unpdf';
import { annualReport, annualReportVolumes } from '../../src/render/report/annual-report.ts';
import { printPdf } from '../../src/render/pdf/pdf-writer.ts';
import { benchCases } from './cases.ts';
import { chromiumPdf } from './html-route.ts';

const [id, route] = process.argv.slice(2);
const found = (await benchCases()).find((c) => c.id === id);
if (!found) throw new Error(`no bench case ${id}`);
const input = found.input();
const start = performance.now();
const pdfs: Uint8Array[] = [];
if (route === 'chromium') pdfs.push(await chromiumPdf(annualReport(input)));
else for (const volume of annualReportVolumes(input)) pdfs.push(await printPdf(volume));
const ms = performance.now() - start;
// Before counting pages: the PDF reader's memory is not the build's.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
let pages = 0;
for (const pdf of pdfs) pages += (await getDocumentProxy(new Uint8Array(pdf))).numPages;
const bytes = pdfs.reduce((sum, pdf) => sum + pdf.length, 0);
const largestBytes = Math.max(...pdfs.map((pdf) => pdf.length));
process.stdout.write(`${JSON.stringify({ ms, pages, bytes, volumes: pdfs.length, largestBytes, maxRssMb })}\n`);
