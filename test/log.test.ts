import { describe, expect, it } from 'vitest';
import { memoryLog } from './helpers/log.ts';

describe('logs', () => {
  it('on a terminal, rewrites one progress line in place and ends it when the work is done', () => {
    const { log, text } = memoryLog('text', true);
    log.progress('report.build', 1, 2, '作成中: 人事課');
    log.progress('report.build', 2, 2, '作成中: 5R推進課');
    log.info('done', '終わりました');
    expect(text()).toBe('\r\x1b[2K[1/2] 作成中: 人事課\r\x1b[2K[2/2] 作成中: 5R推進課\n終わりました\n');
  });

  it('on a terminal, clears an open progress line before a message', () => {
    const { log, text } = memoryLog('text', true);
    log.progress('mail.sent', 1, 3, '送信: 人事課');
    log.warn('mail.failed', '失敗: 5R推進課');
    expect(text()).toBe('\r\x1b[2K[1/3] 送信: 人事課\r\x1b[2K失敗: 5R推進課\n');
  });

  it('cuts a progress line to the terminal width, counting Japanese characters as two columns', () => {
    const { log, text } = memoryLog('text', true);
    log.progress('report.build', 1, 9, '作成中: 郡山市 政策開発部DX戦略課の長い長い名前');
    // 40 columns, one kept for the cursor: 「戦略」 ends at column 37, 「課」 would reach 39 with no room for the …
    expect(text()).toBe('\r\x1b[2K[1/9] 作成中: 郡山市 政策開発部DX戦略…');
  });

  it('writes plain lines when not attached to a terminal', () => {
    const { log, text } = memoryLog('text', false);
    log.progress('report.build', 1, 2, '作成中: 人事課');
    log.progress('report.build', 2, 2, '作成中: 5R推進課');
    expect(text()).toBe('[1/2] 作成中: 人事課\n[2/2] 作成中: 5R推進課\n');
  });

  it('writes one JSON object per event, carrying the fields bound with `with`', () => {
    const { log, text } = memoryLog('json', true);
    log.with({ runId: '2024-abc' }).progress('mail.sent', 1, 2, '送信: 人事課', { department: '総務部人事課' });
    const [line, ...rest] = text().split('\n').filter(Boolean);
    expect(rest).toEqual([]);
    expect(JSON.parse(line!)).toMatchObject({
      level: 'info',
      event: 'mail.sent',
      runId: '2024-abc',
      department: '総務部人事課',
      done: 1,
      total: 2,
      msg: '[1/2] 送信: 人事課',
    });
  });
});
