// Builds one file of a manifest to bytes, from its data alone; writing is the executor's.
import { departmentWorkbook } from '../collect/workbook.ts';
import type { MissingGlyph } from '../render/pdf/missing-glyphs.ts';
import { printReport } from '../render/write-reports.ts';
import type { FileWork } from './manifest.ts';

export interface BuiltFile {
  bytes: Uint8Array;
  /** Characters the font lacks (PDFs only): printed as empty boxes, so the run lists them. */
  missingGlyphs: MissingGlyph[];
}

export async function buildFile(work: FileWork): Promise<BuiltFile> {
  if (work.kind === 'xlsx') return { bytes: await departmentWorkbook(work.workbook), missingGlyphs: [] };
  const { pdf, missingGlyphs } = await printReport(work.document);
  return { bytes: pdf, missingGlyphs };
}
