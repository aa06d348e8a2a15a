// Builds a report and writes it atomically under the output folder, in a predictable place.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import type { ReportDocument } from './report/blocks.ts';
import { findMissingGlyphs, type MissingGlyph } from './pdf/missing-glyphs.ts';
import { printPdf } from './pdf/pdf-writer.ts';
import { safeFileName } from '../file-name.ts';
import { annualReportVolumes, type AnnualReportInput } from './report/annual-report.ts';

export interface WrittenReport {
  file: string;
  bytes: number;
  /** Characters the font lacks: printed as empty boxes, so the run lists them. */
  missingGlyphs: MissingGlyph[];
}

/** output/<year>/<municipality>/<plan>/annual-report.pdf, or annual-report-<n>.pdf for volume n of a report in volumes. */
export function annualReportPath(outDir: string, year: number, municipalityId: string, planId: string, volume?: number): string {
  return path.join(outDir, String(year), municipalityId, planId, volume === undefined ? 'annual-report.pdf' : `annual-report-${volume}.pdf`);
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

/** The annual report's documents, each with the file it is written to: one, or one per volume. */
export function annualReportFiles(input: AnnualReportInput, outDir: string): Array<{ file: string; document: ReportDocument }> {
  const documents = annualReportVolumes(input);
  const { year, data } = input.progress;
  return documents.map((document, i) => ({
    file: annualReportPath(outDir, year, input.municipality.id, data.plan.id, documents.length > 1 ? i + 1 : undefined),
    document,
  }));
}

const VOLUME_NAME = /^annual-report(-\d+)?\.pdf$/;

/**
 * Removes, beside each annual report among `written`, the annual-report files not written: the
 * volumes of an earlier edition split differently would otherwise be read as this one's.
 */
export async function removeOtherVolumes(written: readonly string[]): Promise<void> {
  const kept = new Map<string, Set<string>>();
  for (const file of written.filter((f) => VOLUME_NAME.test(path.basename(f)))) {
    const dir = path.dirname(file);
    kept.set(dir, (kept.get(dir) ?? new Set()).add(path.basename(file)));
  }
  for (const [dir, names] of kept) {
    for (const name of await readdir(dir)) if (VOLUME_NAME.test(name) && !names.has(name)) await rm(path.join(dir, name), { force: true });
  }
}
