import { z } from 'zod';
import { Id, Note, Text } from './common.ts';
import { Rubric } from './rubric.ts';

/** Domains reserved for examples (RFC 2606, RFC 6761, JPRS): mail to them never reaches anyone. */
export function isReservedDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return /^example\.(jp|com|net|org)$/.test(d) || /\.example\.(jp|com|net|org)$/.test(d) || /(^|\.)(example|test|invalid|localhost)$/.test(d);
}

export const EmailAddress = z
  .union([
    z.email('メールアドレスの形ではありません'),
    z.strictObject({ address: z.email('メールアドレスの形ではありません'), placeholder: z.boolean().optional(), note: Note }),
  ])
  .transform((v) => (typeof v === 'string' ? { address: v } : v))
  .superRefine((e, ctx) => {
    const reserved = isReservedDomain(e.address.split('@')[1] ?? '');
    if (reserved && !e.placeholder) {
      ctx.addIssue({ code: 'custom', message: `${e.address} は例示用のドメインです。仮のアドレスなら placeholder: true を付けてください` });
    }
    if (!reserved && e.placeholder) {
      ctx.addIssue({
        code: 'custom',
        message: `${e.address} は仮のアドレス（placeholder）とされていますが、例示用のドメイン（example.jp など）ではありません`,
      });
    }
  });
export type EmailAddress = z.infer<typeof EmailAddress>;

/** Another spelling the documents use for a department: a typo, a former name, a short form. */
export const Alias = z.union([Text, z.strictObject({ name: Text, note: Note })]).transform((v) => (typeof v === 'string' ? { name: v } : v));

/** A department that answers for projects and indicators (担当課・室, or a 局 without sections). */
export const Department = z.strictObject({
  /** 課・室 name; the canonical spelling. */
  name: Text,
  /** 部・局 it belongs to, when it has one. */
  division: Text.optional(),
  aliases: z.array(Alias).optional(),
  emails: z.array(EmailAddress).optional(),
  /** A name that is no one's inbox (「各課」 = every department): its report is written, not mailed. */
  noMail: z.literal(true).optional(),
  note: Note,
});
export type Department = z.infer<typeof Department>;

export const Municipality = z.strictObject({
  id: Id,
  name: Text,
  prefecture: Text.optional(),
  departments: z.array(Department).min(1),
  /** The evaluation rubric this municipality uses; the default 4-band rubric when absent. */
  rubric: Rubric.optional(),
  note: Note,
});
export type Municipality = z.infer<typeof Municipality>;
