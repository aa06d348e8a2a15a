// Builds a report and writes it atomically under the output folder, in a predictable place.
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import type { ReportDocument } from './report/blocks.ts';
import { findMissingGlyphs, type MissingGlyph } from './pdf/missing-glyphs.ts';
import { printPdf } from './pdf/pdf-writer.ts';
import { safeFileName } from '../file-name.ts';
import { annualReport, type AnnualReportInput } from './report/annual-report.ts';

export interface WrittenReport {
  file: string;
  bytes: number;
  /** Characters the font lacks: printed as empty boxes, so the run lists them. */
  missingGlyphs: MissingGlyph[];
}

/** output/<year>/<municipality>/<plan>/annual-report.pdf */
export function annualReportPath(outDir: string, year: number, municipalityId: string, planId: string): string {
  return path.join(outDir, String(year), municipalityId, planId, 'annual-report.pdf');
}

/** output/<year>/<municipality>/departments/<部課名>.pdf */
export function departmentReportPath(outDir: string, year: number, municipalityId: string, department: string): string {
  return path.join(outDir, String(year), municipalityId, 'departments', safeFileName(department.replaceAll('/', '／'), '.pdf'));
}

/** The PDF's bytes, and the characters it prints as empty boxes. */
export async function printReport(doc: ReportDocument): Promise<{ pdf: Uint8Array; missingGlyphs: MissingGlyph[] }> {
  return { missingGlyphs: findMissingGlyphs(doc), pdf: await printPdf(doc) };
}

export async function writeReport(doc: ReportDocument, file: string): Promise<WrittenReport> {
  const { pdf, missingGlyphs } = await printReport(doc);
  await writeFileAtomic(file, pdf);
  return { file, bytes: pdf.length, missingGlyphs };
}

export async function writeAnnualReport(input: AnnualReportInput, outDir: string): Promise<WrittenReport> {
  return writeReport(annualReport(input), annualReportPath(outDir, input.progress.year, input.municipality.id, input.progress.data.plan.id));
}
