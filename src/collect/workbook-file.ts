// Where one department's 実績照会 workbook goes and what it holds (pure): sent by `collect --send`
// on its own, and attached to the yearly report mail while anything is still asked for.
import path from 'node:path';
import type { PlanProgress } from '../compute/plan-progress.ts';
import type { Sender } from '../deliver/sender.ts';
import { safeFileName } from '../file-name.ts';
import type { MunicipalityData } from '../load/dataset.ts';
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import { dueDate } from '../model/due-date.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { collectRows } from './collect-rows.ts';
import { measureRows } from './measure-rows.ts';
import { instructionsText, type WorkbookInput } from './workbook.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const collectFileName = (year: number, department: string) => safeFileName(`${formatWarekiFiscalYear(year)}_実績照会_${department}`, '.xlsx');

export interface WorkbookRequest {
  outDir: string;
  year: number;
  m: MunicipalityData;
  department: string;
  /** The municipality's plans for the year. */
  progress: readonly PlanProgress[];
  /** Keys of the actuals and results that came from imports (the sheets keep them editable). */
  collected: ReadonlySet<string>;
  collectedResults: ReadonlySet<string>;
  sender: Sender;
  edition: string;
  templates: TemplateSet;
}

/** The department's workbook, or undefined when it answers for no indicator and runs no project of the year. */
export function workbookInput(r: WorkbookRequest): { file: string; input: WorkbookInput } | undefined {
  const rows = collectRows(r.m.municipality.id, r.department, r.progress, r.collected);
  const measures = measureRows(r.m.municipality.id, r.department, r.progress, r.collectedResults);
  if (rows.length === 0 && measures.length === 0) return undefined;
  const data = {
    municipality: r.m.municipality.name,
    department: r.department,
    year: r.year,
    deadline: dueDate(r.m.actualsDue, r.year),
    sender: r.sender,
    edition: r.edition,
    rows,
    measures,
    rubric: r.m.rubric,
  };
  return {
    file: path.join(r.outDir, String(r.year), r.m.municipality.id, 'collect', collectFileName(r.year, r.department)),
    input: { ...data, instructions: instructionsText(r.templates, data) },
  };
}
