// A job's plan of work, built without touching the disk or the network: which files to write
// (with everything needed to build them) and which mails go to whom with which of those files.
// run, collect and remind each build one; one executor carries any of them out.
import type { WorkbookInput } from '../collect/workbook.ts';
import type { DeliveryItem } from '../deliver/deliver.ts';
import type { DataFiles } from '../load/read-files.ts';
import type { ReportDocument } from '../render/report/blocks.ts';
import type { RunRecord } from './run-record.ts';

export type FileWork = { file: string; label: string } & ({ kind: 'pdf'; document: ReportDocument } | { kind: 'xlsx'; workbook: WorkbookInput });

/** A mail as delivered, before its files are built: attachments are files of this manifest, under the names the department sees. */
export type MailWork = Omit<DeliveryItem, 'attachments'> & { attachments: Array<Omit<DeliveryItem['attachments'][number], 'bytes'>> };

export interface Manifest {
  runId: string;
  /** Ids of the plans the job covers, for the history. */
  plans: string[];
  /** For a run: what it is and the data it read, written before anything else so it can be resent. */
  record?: { run: RunRecord; files: DataFiles };
  files: FileWork[];
  mails: MailWork[];
  /** Departments that get nothing, and why in the summary's words. */
  nothingToReport: string[];
  /** Said to the admin before the work starts (no deadline configured, placeholder sender…). */
  warnings: Array<{ event: string; message: string }>;
}

export const PDF = 'application/pdf';
