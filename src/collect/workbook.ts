// One department's 実績照会 workbook: instructions, the 実績報告 sheet for its indicators and the
// 事業の実施状況 sheet for its projects (each only when there is something to ask).
import type ExcelJS from 'exceljs';
import { cellWidth } from './cell-width.ts';
import type { Sender } from '../deliver/sender.ts';
import { formatFiscalYear } from '../model/fiscal-year.ts';
import type { Rubric } from '../model/rubric.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import type { CollectRow } from './collect-rows.ts';
import type { MeasureRow } from './measure-rows.ts';
import { measureCells, measureColumns } from './measures-sheet.ts';
import { reportCells, reportColumns } from './report-sheet.ts';
import { INSTRUCTIONS_SHEET, MEASURES_SHEET, REPORT_SHEET } from './sheet-layout.ts';
import { addTableSheet, FONT } from './table-sheet.ts';

export interface WorkbookInput {
  municipality: string;
  department: string;
  year: number;
  deadline?: string;
  sender: Sender;
  edition: string;
  rows: readonly CollectRow[];
  measures: readonly MeasureRow[];
  rubric: Rubric;
  /** The instructions sheet's text, one cell a line, the first its title (from the template collect/instructions). */
  instructions: string;
}

/** The instructions in the template set's words: rendered when the work is planned, so a workbook is built from data alone. */
export function instructionsText(templates: TemplateSet, input: Omit<WorkbookInput, 'instructions'>): string {
  return templates.render('collect/instructions', {
    year: input.year,
    department: input.department,
    municipality: input.municipality,
    count: input.rows.length,
    measures: input.measures.length,
    costs: input.measures.some((m) => m.hasCosts),
    evaluations: input.rubric.bands.map((b) => b.label).join('・'),
    deadline: input.deadline,
    replyTo: input.sender.replyTo,
    signature: input.sender.signature,
    edition: input.edition,
  });
}

function instructions(wb: ExcelJS.Workbook, input: WorkbookInput): void {
  const sheet = wb.addWorksheet(INSTRUCTIONS_SHEET, {
    properties: { tabColor: { argb: 'FF4472C4' } },
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = 72;
  sheet.getColumn(1).width = width;
  input.instructions.split('\n').forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: FONT, size: i === 0 ? 14 : 11, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(i + 1).height = Math.max(1, Math.ceil(cellWidth(line) / (width - 4))) * (i === 0 ? 20 : 16);
  });
}

export async function departmentWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  // Loaded here, not at start: commands that only read the workbook's file name (report, progress) skip it.
  const { default: excel } = await import('exceljs');
  const wb = new excel.Workbook();
  wb.creator = input.sender.from.name;
  instructions(wb, input);
  const title = `${input.municipality} ${formatFiscalYear(input.year)}`;
  if (input.rows.length > 0) {
    // Frozen and repeated on every printed page: the indicator's id and name.
    await addTableSheet(wb, {
      name: REPORT_SHEET,
      title: `${title}の実績報告`,
      department: input.department,
      columns: reportColumns,
      rows: input.rows.map(reportCells),
      frozen: 3,
      repeated: [2, 3],
    });
  }
  if (input.measures.length > 0) {
    const costs = input.measures.some((m) => m.hasCosts);
    await addTableSheet(wb, {
      name: MEASURES_SHEET,
      title: `${title}の事業の実施状況`,
      department: input.department,
      columns: measureColumns(costs),
      rows: input.measures.map((m) => measureCells(m, input.rubric, costs)),
      frozen: 4,
      repeated: [3, 4],
    });
  }
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
