// The minimal data set with real-looking addresses and fast retries, for delivery tests.
import { fixtureWith, MUNICIPALITY } from './fixture.ts';

export const ADDRESSES = {
  jinji: 'jinji@testcity.lg.jp',
  gomi: ['gomi@testcity.lg.jp', 'gomi-kakari@testcity.lg.jp'],
} as const;

export function municipalityYaml(jinjiEmails = `[${ADDRESSES.jinji}]`): string {
  return `id: testcity
name: テスト市
departments:
  - name: 人事課
    division: 総務部
    emails: ${jinjiEmails}
  - name: 5R推進課
    division: 環境部
    aliases: [{ name: 3R推進課, note: 旧名称 }]
    emails: [${ADDRESSES.gomi.join(', ')}]
  - name: 広聴広報課
    division: 政策開発部
`;
}

export const SETTINGS = `mail:
  from: { name: テスト市 行政経営課, address: shinchoku@testcity.lg.jp }
  attempts: 3
  retryDelaySeconds: 0.05
municipalities:
  testcity:
    actualsDue: { month: 6, day: 30 }
`;

export function mailFixture(files: Record<string, string | null> = {}): Promise<string> {
  return fixtureWith({ [MUNICIPALITY]: municipalityYaml(), 'shinchoku.yaml': SETTINGS, ...files });
}
