import { z } from 'zod';
import { EmailAddress } from './municipality.ts';
import { Id, Note, Text, TimeZone } from './common.ts';
import { DEFAULT_TIME_ZONE } from './defaults.ts';

/** A day of the year after the fiscal year: actuals for FY Y are due on month/day of year Y + 1. */
export const DueDay = z
  .strictObject({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    note: Note,
  })
  .refine((d) => d.day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1]!, { message: 'その月にない日付です', path: ['day'] });
export type DueDay = z.infer<typeof DueDay>;

/** Who answers questions about a report: printed on its cover and in its colophon. */
export const Contact = z.strictObject({
  /** 所管課: the department that compiles the report (「政策開発部 政策開発課」). */
  department: Text,
  /** 係・担当. */
  section: Text.optional(),
  /** 電話 (with 内線 when there is one). */
  phone: Text.optional(),
  email: EmailAddress.optional(),
  /** An example, not a real contact (the bundled seeds): every report that prints it says so. */
  placeholder: z.boolean().optional(),
  note: Note,
});
export type Contact = z.infer<typeof Contact>;

export const MunicipalitySettings = z.strictObject({
  /** 実績の提出期限; the department reports say 「提出期限は設定されていません」 without it. */
  actualsDue: DueDay.optional(),
  /** 所管課 and contact of every plan of the municipality, unless `plans` names another for a plan. */
  contact: Contact.optional(),
  /** Per plan id: a plan compiled by another department. */
  plans: z.record(Id, z.strictObject({ contact: Contact })).optional(),
  note: Note,
});

/** How mail goes out. The SMTP server itself comes from SHINCHOKU_SMTP_URL, never from a file. */
export const MailSettings = z.strictObject({
  /** Sender shown to departments. */
  from: z.strictObject({ name: z.string().min(1), address: EmailAddress }),
  /** Where departments' replies go, unless their municipality's `contact` names an address. */
  replyTo: EmailAddress.optional(),
  /** A report above this size is not sent, and the run says so. */
  maxAttachmentMB: z.number().positive().default(10),
  /** Attempts for one mail when the failure is transient (connection, timeout, 4xx). */
  attempts: z.number().int().min(1).max(10).default(4),
  /** Wait before the second attempt; doubled before each further one. */
  retryDelaySeconds: z.number().min(0).max(600).default(5),
});

/** How the annual reports are printed. */
export const PrintSettings = z.strictObject({
  /** Mirrored binding margins for printing on both sides (議会配布); false for one-sided printing. */
  duplex: z.boolean().default(true),
  note: Note,
});

/** DATA/shinchoku.yaml: settings of the run, not data from the documents. Optional as a whole. */
export const Settings = z.strictObject({
  mail: MailSettings.optional(),
  print: PrintSettings.default({ duplex: true }),
  /** The time zone of every printed date and time (作成日時, 提出期限) and of a reminder's month. */
  timezone: TimeZone.default(DEFAULT_TIME_ZONE),
  municipalities: z.record(Id, MunicipalitySettings).default({}),
  note: Note,
});
export type Settings = z.infer<typeof Settings>;
export type MailSettings = z.infer<typeof MailSettings>;

/** When no settings file names a sender: a local address that no real server relays. */
export const DEFAULT_MAIL: MailSettings = {
  from: { name: '進捗管理（shinchoku）', address: { address: 'shinchoku@localhost.invalid', placeholder: true } },
  maxAttachmentMB: 10,
  attempts: 4,
  retryDelaySeconds: 5,
};
