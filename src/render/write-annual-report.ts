// Builds one plan's annual report and writes it atomically under the output folder.
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { findMissingGlyphs, type MissingGlyph } from './pdf/missing-glyphs.ts';
import { printPdf } from './pdf/pdf-writer.ts';
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

export async function writeAnnualReport(input: AnnualReportInput, outDir: string): Promise<WrittenReport> {
  const doc = annualReport(input);
  const missingGlyphs = findMissingGlyphs(doc);
  const pdf = await printPdf(doc);
  const file = annualReportPath(outDir, input.year, input.municipality.id, input.data.plan.id);
  await writeFileAtomic(file, pdf);
  return { file, bytes: pdf.length, missingGlyphs };
}
