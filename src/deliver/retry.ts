// Transient failures (no connection, timeout, a 4xx reply) are tried again after a growing wait;
// permanent ones (a 5xx reply, a refused login) are not: sending again would only repeat them.

export interface SendFailure {
  permanent: boolean;
  /** The server's reply as it sent it, or what went wrong with the connection in Japanese; the ledger records it. */
  reply: string;
  /** Whether `reply` is the server's own words (an SMTP reply) rather than ours about the connection. */
  fromServer: boolean;
}

const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNREFUSED', 'ECONNRESET', 'EDNS', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** A certificate the client cannot trust: sending again never helps, the admin must act. */
export const CERTIFICATE = /certificate|self[- ]signed|unable to verify|CERT_|ERR_TLS|altname|wrong version number|SSL routines/i;

function connectionProblem(code: string | undefined, message: string): string {
  if (CERTIFICATE.test(message) || CERTIFICATE.test(code ?? '')) {
    return 'メールサーバーの証明書を信頼できません（期限切れ・自己署名・サーバー名の不一致など）。証明書を直すか、組織の CA 証明書を環境変数 SHINCHOKU_SMTP_CA_FILE に指定してください';
  }
  switch (code) {
    case 'EAUTH':
      return 'メールサーバーにログインできません（ユーザー名かパスワードが違います）';
    case 'ETIMEDOUT':
      return 'メールサーバーが時間内に応答しませんでした';
    case 'ENOTFOUND':
    case 'EDNS':
      return 'メールサーバーの名前が見つかりません（SHINCHOKU_SMTP_URL のサーバー名を確かめてください）';
    case 'ECONNECTION':
    case 'ECONNREFUSED':
    case 'EHOSTUNREACH':
      return 'メールサーバーに接続できません（サーバー名・ポート・ファイアウォールを確かめてください）';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ESOCKET':
      return 'メールサーバーとの接続が途中で切れました';
    default:
      return 'メールを送れませんでした（原因の分からない接続の失敗）';
  }
}

export function classifyFailure(error: unknown): SendFailure {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  if (typeof e.responseCode === 'number' && e.response) return { permanent: e.responseCode >= 500, reply: e.response, fromServer: true };
  const message = e.message ?? '';
  const reply = `${connectionProblem(e.code, message)}${e.code ? `（${e.code}）` : ''}`;
  if (CERTIFICATE.test(message)) return { permanent: true, reply, fromServer: false };
  if (typeof e.responseCode === 'number') return { permanent: e.responseCode >= 500, reply, fromServer: false };
  return { permanent: !(e.code !== undefined && TRANSIENT_CODES.has(e.code)), reply, fromServer: false };
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
