// The run's plan of work is built without writing or sending anything: which files, which mails to
// whom, with which of those files attached.
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadData } from '../../src/load/load-data.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { runManifest } from '../../src/run/run-job.ts';
import { mailFixture } from '../helpers/mail-fixture.ts';
import { NO_REQUESTS } from '../helpers/requests.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function manifestFor(year: number) {
  const data = await mailFixture();
  cleanup.push(() => rm(data, { recursive: true }));
  const loaded = await loadData(data);
  if (!loaded.ok) throw new Error('the fixture does not load');
  const out = path.join(data, 'never-written');
  const manifest = runManifest({
    dataset: loaded.dataset,
    outDir: out,
    year,
    templates: loadTemplates('Asia/Tokyo'),
    requests: () => NO_REQUESTS,
    startedAt: new Date('2026-06-01T00:00:00Z'),
  });
  return { manifest, out };
}

describe('the run manifest', () => {
  it('lists the annual report, each department report and, where something is asked, its 実績照会, and writes nothing', async () => {
    const { manifest, out } = await manifestFor(2025);
    expect(manifest.files.map((f) => [f.kind, path.relative(out, f.file)])).toEqual([
      ['pdf', '2025/testcity/sample-plan/annual-report.pdf'],
      ['pdf', '2025/testcity/departments/総務部人事課.pdf'],
      ['xlsx', '2025/testcity/collect/令和7年度_実績照会_総務部人事課.xlsx'],
      ['pdf', '2025/testcity/departments/環境部5R推進課.pdf'],
      // 5R runs project 2, listed as 再掲 only in the 2024 list: in 2025 it is asked for its own result.
      ['xlsx', '2025/testcity/collect/令和7年度_実績照会_環境部5R推進課.xlsx'],
    ]);
    await expect(stat(out)).rejects.toThrow();
  });

  it('attaches to each mail only files of the manifest, under the names the department sees', async () => {
    const { manifest } = await manifestFor(2025);
    const files = new Set(manifest.files.map((f) => f.file));
    const jinji = manifest.mails.find((m) => m.department === '総務部人事課')!;
    expect(jinji.attachments.map((a) => a.name)).toEqual(['令和7年度_進捗状況_総務部人事課.pdf', '令和7年度_実績照会_総務部人事課.xlsx']);
    expect(jinji.deadline).toBe('2026-06-30');
    for (const a of manifest.mails.flatMap((m) => m.attachments)) expect(files.has(a.file)).toBe(true);
    expect(manifest.nothingToReport).toEqual(['テスト市 政策開発部広聴広報課']);
  });
});
