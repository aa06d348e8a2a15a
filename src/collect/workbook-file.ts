// One department's 実績照会 workbook, built and written atomically under the output folder: sent by
// `collect --send` on its own, and attached to the yearly report mail when actuals are due.
import path from 'node:path';
import type { PlanProgress } from '../compute/plan-progress.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import type { Sender } from '../deliver/sender.ts';
import type { MunicipalityData } from '../load/dataset.ts';
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import { dueDate } from '../model/settings.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { safeFileName } from '../file-name.ts';
import { collectRows } from './collect-rows.ts';
import { departmentWorkbook } from './workbook.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const collectFileName = (year: number, department: string) => safeFileName(`${formatWarekiFiscalYear(year)}_実績照会_${department}`, '.xlsx');

export interface WorkbookRequest {
  outDir: string;
  year: number;
  m: MunicipalityData;
  department: string;
  /** The municipality's plans for the year. */
  progress: readonly PlanProgress[];
  /** Keys of the actuals that came from imports (the sheet shows them as reported). */
  collected: ReadonlySet<string>;
  sender: Sender;
  edition: string;
  templates: TemplateSet;
}

export interface WrittenWorkbook {
  file: string;
  name: string;
  bytes: number;
  /** Indicators on the sheet. */
  count: number;
}

/** The department's workbook, or undefined when it answers for no indicator. */
export async function writeDepartmentWorkbook(r: WorkbookRequest): Promise<WrittenWorkbook | undefined> {
  const rows = collectRows(r.m.municipality.id, r.department, r.progress, r.collected);
  if (rows.length === 0) return undefined;
  const deadline = dueDate(r.m.actualsDue, r.year);
  const bytes = await departmentWorkbook({ municipality: r.m.municipality.name, department: r.department, year: r.year, deadline, sender: r.sender, edition: r.edition, rows, templates: r.templates });
  const name = collectFileName(r.year, r.department);
  const file = path.join(r.outDir, String(r.year), r.m.municipality.id, 'collect', name);
  await writeFileAtomic(file, bytes);
  return { file, name, bytes: bytes.length, count: rows.length };
}
