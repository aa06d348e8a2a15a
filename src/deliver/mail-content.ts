// What any mail to a department carries, and its Message-ID: fixed by run and department, so a
// retry or resend of the same mail is recognisable as the same message.
import { createHash } from 'node:crypto';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Where the department's reply goes (the municipality's contact), when configured. */
  replyTo?: string;
}

export function messageIdFor(runId: string, municipalityId: string, department: string, senderDomain: string): string {
  const key = createHash('sha256').update(`${municipalityId}\0${department}`).digest('hex').slice(0, 16);
  return `<${runId}.${key}@${senderDomain}>`;
}
