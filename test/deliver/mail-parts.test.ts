import { NO_REQUESTS } from '../helpers/requests.ts';
import { describe, expect, it } from 'vitest';
import { adminWarningMail } from '../../src/deliver/admin-mail.ts';
import { classifyFailure } from '../../src/deliver/retry.ts';
import { loadData } from '../../src/load/load-data.ts';
import { departmentReport } from '../../src/render/report/department-report.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import { departmentFullName } from '../../src/model/department-name.ts';
import { planProgress } from '../../src/compute/plan-progress.ts';

describe('which failures are tried again', () => {
  it('retries a 4xx reply', () =>
    expect(classifyFailure({ responseCode: 451, response: '451 4.3.0 busy' })).toEqual({ permanent: false, reply: '451 4.3.0 busy', fromServer: true }));
  it('does not retry a 5xx reply', () => expect(classifyFailure({ responseCode: 550, response: '550 5.1.1 unknown user' }).permanent).toBe(true));
  it('retries a refused connection and a timeout', () => {
    expect(classifyFailure({ code: 'ECONNECTION', message: 'connect ECONNREFUSED' }).permanent).toBe(false);
    expect(classifyFailure({ code: 'ETIMEDOUT', message: 'Greeting never received' }).permanent).toBe(false);
  });
  it('does not retry a refused login', () =>
    expect(classifyFailure({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 bad credentials' }).permanent).toBe(true));
  it('does not retry a certificate it cannot trust, and says so in Japanese rather than as a server reply', () => {
    expect(classifyFailure({ code: 'ESOCKET', message: 'certificate has expired' })).toEqual({
      permanent: true,
      reply:
        'メールサーバーの証明書を信頼できません（期限切れ・自己署名・サーバー名の不一致など）。証明書を直すか、組織の CA 証明書を環境変数 SHINCHOKU_SMTP_CA_FILE に指定してください（ESOCKET）',
      fromServer: false,
    });
  });
  it('names a timeout in Japanese, not as nodemailer’s English', () => {
    expect(classifyFailure({ code: 'ETIMEDOUT', message: 'Greeting never received' }).reply).toBe('メールサーバーが時間内に応答しませんでした（ETIMEDOUT）');
  });
});

describe('mail templates', () => {
  it('escapes values in the HTML body but not in the plain text', () => {
    const templates = loadTemplates('Asia/Tokyo');
    const data = {
      municipality: { name: 'A&B<市>' },
      department: { name: '総務課' },
      year: 2024,
      attachment: 'x.pdf',
      plans: [],
      counts: { indicators: 0, reported: 0, unreported: 0, projects: 0, resultsPending: 0, asked: 0 },
      signature: ['s'],
      edition: 'e',
    };
    expect(templates.render('mail/department-body.html', data)).toContain('A&amp;B&lt;市&gt;');
    expect(templates.render('mail/department-body', data)).toContain('A&B<市>');
  });
});

describe('the department mail', () => {
  const templates = loadTemplates('Asia/Tokyo');
  type Counts = { indicators: number; reported: number; unreported: number; projects: number; resultsPending: number };
  const mail = (c: Counts, workbook?: string) =>
    templates.render('mail/department-body', {
      municipality: { name: 'テスト市' },
      department: { name: '総務部人事課' },
      year: 2024,
      deadline: '2025-06-30',
      attachment: 'x.pdf',
      workbook,
      plans: [],
      counts: { ...c, asked: c.unreported + c.resultsPending },
      signature: ['テスト市 行政経営課'],
      edition: 'e',
    });

  it('asks for what is missing, by the deadline', () => {
    expect(mail({ indicators: 3, reported: 1, unreported: 2, projects: 0, resultsPending: 0 })).toContain(
      '令和6年度（2024年度）の実績がまだ届いていない指標が 2件あります（PDF の「報告をお願いする指標」に一覧があります）。\n令和7年6月30日 までにご報告ください。',
    );
  });

  it('only confirms when everything has come in', () => {
    const text = mail({ indicators: 3, reported: 3, unreported: 0, projects: 0, resultsPending: 0 });
    expect(text).toContain('担当の指標 3件すべてについて届いています。ご協力ありがとうございました。このメールへのご対応は不要です。');
    expect(text).not.toContain('までにご報告ください');
  });

  it('thanks no one for reports nobody asked of a department without indicators', () => {
    const text = mail({ indicators: 0, reported: 0, unreported: 0, projects: 2, resultsPending: 0 });
    expect(text).toContain('実施結果は、担当の事業 2件すべてについて届いています。このメールへのご対応は不要です。');
    expect(text).not.toContain('ありがとうございました');
  });

  it("asks for the projects' results and names the sheets to fill in", () => {
    const text = mail({ indicators: 1, reported: 0, unreported: 1, projects: 2, resultsPending: 2 }, '令和6年度_実績照会_総務部人事課.xlsx');
    expect(text).toContain('令和6年度（2024年度）の実施結果（実施状況・工程の進み・自己評価・今後の方向性）がまだ届いていない事業が 2件あります。');
    expect(text).toContain('添付の Excel ファイル（令和6年度_実績照会_総務部人事課.xlsx）の「実績報告」シートと「事業の実施状況」シートの黄色のセルに記入し');
  });
});

describe('the department report', async () => {
  const loaded = await loadData(BUNDLED_SEEDS);
  if (!loaded.ok) throw new Error('seeds do not load');
  const koriyama = loaded.dataset.municipalities.find((m) => m.municipality.id === 'koriyama')!;
  const build = (name: string, deadline?: string) => {
    const department = koriyama.municipality.departments.find((d) => departmentFullName(d) === name)!;
    return departmentReport({
      m: koriyama,
      plans: koriyama.plans.map((p) => planProgress(p, 2024, koriyama.rubric, () => NO_REQUESTS)),
      department,
      year: 2024,
      deadline,
      signature: ['テスト'],
      edition: 'e',
      generatedAt: new Date('2026-11-23T00:00:00Z'),
      version: 'v',
      templates: loadTemplates('Asia/Tokyo'),
    });
  };

  it('states the configured deadline for unreported actuals', () => {
    const report = build('政策開発部DX戦略課', '2025-06-30')!;
    const text = JSON.stringify(report.document.body);
    expect(report.context.counts.unreported).toBeGreaterThan(0);
    expect(text).toContain('提出期限：令和7年6月30日');
  });

  it('says nothing of a deadline when none is configured: the admin is warned instead', () => {
    const text = JSON.stringify(build('政策開発部DX戦略課')!.document.body);
    expect(text).not.toMatch(/提出期限[：は]|までにご報告|設定されていません/);
  });

  it('marks an indicator shared with another department and names the others', () => {
    const sharedRow = koriyama.plans
      .flatMap((data) => planProgress(data, 2024, koriyama.rubric, () => NO_REQUESTS).rows)
      .find((r) => r.departments.length > 1)!;
    const [mine, ...others] = sharedRow.departments;
    const cells = build(mine!)!.document.body.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : []));
    const cellOf = cells.find((c) => c.text === `${sharedRow.indicator.name} ◇`);
    expect(cellOf?.sub).toContain(`共管：${others.join('、')}`);
  });

  it('names the node each project sits under, since ① restarts under every node', () => {
    const text = JSON.stringify(build('政策開発部DX戦略課')!.document.body);
    expect(text).toContain('{"text":"デジタルファースト推進事業","sub":"取組事項3 行政サービスのデジタル化"}');
  });

  it('is not built for a department with nothing in the plans', () => {
    const aizu = loaded.dataset.municipalities.find((m) => m.municipality.id === 'aizuwakamatsu')!;
    const department = aizu.municipality.departments.find((d) => d.name === '商工課')!;
    expect(
      departmentReport({
        m: aizu,
        plans: aizu.plans.map((p) => planProgress(p, 2022, aizu.rubric, () => NO_REQUESTS)),
        department,
        year: 2022,
        signature: [],
        edition: 'e',
        generatedAt: new Date(),
        version: 'v',
        templates: loadTemplates('Asia/Tokyo'),
      }),
    ).toBeUndefined();
  });
});

describe('the admin’s mail when a scheduled run finishes with something a reader would miss', () => {
  it('names the job and lists each warning', () => {
    const mail = adminWarningMail(
      {
        job: '年次報告',
        command: 'run',
        firing: '令和7年6月2日 09:00',
        year: 2024,
        warnings: ['注意: 文字「🏯」（U+1F3EF）はフォントにないため □ で印刷されます。場所: 総務部人事課.pdf の 「指標」「…城🏯…」'],
        statusCommand: 'npx shinchoku status',
      },
      loadTemplates('Asia/Tokyo'),
    );
    expect(mail.subject).toBe('【shinchoku】定期実行「年次報告」の報告書に注意があります（令和6年度）');
    expect(mail.text).toContain('注意（1件）:\n  注意: 文字「🏯」（U+1F3EF）はフォントにないため □ で印刷されます。');
  });
});
