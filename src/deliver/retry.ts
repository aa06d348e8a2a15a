// Transient failures (no connection, timeout, a 4xx reply) are tried again after a growing wait;
// permanent ones (a 5xx reply, a refused login) are not: sending again would only repeat them.

export interface SendFailure {
  permanent: boolean;
  /** The server's reply or the connection error, as the ledger records it. */
  reply: string;
}

const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNREFUSED', 'ECONNRESET', 'EDNS', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

export function classifyFailure(error: unknown): SendFailure {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const reply = e.response ?? [e.code, e.message].filter(Boolean).join(' ');
  if (typeof e.responseCode === 'number') return { permanent: e.responseCode >= 500, reply };
  return { permanent: !(e.code !== undefined && TRANSIENT_CODES.has(e.code)), reply };
}

export type Attempted = { ok: true; reply: string; attempts: number } | { ok: false; failure: SendFailure; attempts: number };

export async function withRetry(
  send: () => Promise<string>,
  policy: { attempts: number; firstDelayMs: number },
  onRetry: (attempt: number, failure: SendFailure, waitMs: number) => void,
): Promise<Attempted> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, reply: await send(), attempts: attempt };
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.permanent || attempt >= policy.attempts) return { ok: false, failure, attempts: attempt };
      const waitMs = policy.firstDelayMs * 2 ** (attempt - 1);
      onRetry(attempt, failure, waitMs);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
