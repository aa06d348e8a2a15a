// A real SMTP server for tests (smtp-server), keeping every accepted message parsed (mailparser).
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

type Answer = (Error & { responseCode?: number }) | undefined | 'hang';

/** Decides the reply to a message: undefined accepts it; an error with responseCode rejects it; a promise answers later. */
export type Reply = (attempt: { index: number; to: string[] }) => Answer | Promise<Answer>;

export interface TestSmtp {
  url: (user?: string, pass?: string) => string;
  received: Received[];
  /** Every DATA command seen, accepted or not, by recipients. */
  attempts: string[][];
  close(): Promise<void>;
}

export function rejection(code: number, text: string): Error & { responseCode: number } {
  return Object.assign(new Error(text), { responseCode: code });
}

export async function startSmtp(reply: Reply = () => undefined): Promise<TestSmtp> {
  const received: Received[] = [];
  const attempts: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, done) => done(null, { user: 'test' }),
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, done) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const index = attempts.push(to) - 1;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const answer = await reply({ index, to });
        if (answer === 'hang') return;
        if (answer) return done(answer);
        simpleParser(Buffer.concat(chunks)).then((mail) => {
          received.push({ envelopeTo: to, mail });
          done();
        }, done);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: (user, pass) => `smtp://${user ? `${user}:${pass}@` : ''}127.0.0.1:${port}`,
    received,
    attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
