import { describe, expect, it } from 'vitest';
import { describeRubric } from '../../src/compute/status.ts';
import { DEFAULT_RUBRIC, Rubric } from '../../src/model/rubric.ts';
import { indicatorProgress } from '../../src/compute/indicator-progress.ts';
import { planIndicator } from '../../src/load/resolve.ts';
import { ind, progressIn } from './helpers.ts';

describe('status by the default rubric', () => {
  it.each([
    [3400, '達成', '◎'], // 3400 ÷ 3400 = 100.0%
    [2720, '概ね順調', '○'], // 2720 ÷ 3400 = 80.0%
    [2719, '概ね順調', '○'], // 2719 ÷ 3400 = 79.97…% → printed 80.0%
    [1700, '遅れ', '△'], // 1700 ÷ 3400 = 50.0%
    [1699, '遅れ', '△'], // 1699 ÷ 3400 = 49.97…% → printed 50.0%
    [1683, '大幅な遅れ', '×'], // 1683 ÷ 3400 = 49.5%
  ])('actual %i against 3,400 → %s', (actual, label, symbol) => {
    const p = progressIn(2024, { targets: { 2024: 3400 }, actuals: { 2024: actual } });
    expect([p.status.label, p.status.symbol]).toEqual([label, symbol]);
  });

  it('bands on the percentage as printed, rounded to one decimal (79.94% → 79.9% → 遅れ)', () => {
    // 7994 ÷ 10000 = 79.94% → 79.9%
    const p = progressIn(2024, { targets: { 2024: 10000 }, actuals: { 2024: 7994 } });
    expect(p.status).toMatchObject({ label: '遅れ', failure: true, reason: '達成率 79.9% → 50%以上' });
  });

  it('below 50% is 大幅な遅れ', () => {
    const p = progressIn(2024, { targets: { 2024: 100 }, actuals: { 2024: 49 } });
    expect(p.status).toMatchObject({ label: '大幅な遅れ', symbol: '×', reason: '達成率 49.0% → 50%未満' });
  });

  it('a year nobody has been asked for yet is 照会前, never a failure, and names the latest earlier actual', () => {
    const p = progressIn(2024, { targets: { 2024: 100 }, actuals: { 2022: 40 } });
    expect(p.status).toMatchObject({ label: '照会前', failure: false, neutral: true });
    expect(p.actual).toEqual({ reported: false, year: 2024, latest: { year: 2022, actual: { value: 40 } } });
  });

  const asked = (today: string) => ({ sentAt: new Map([['総務部人事課', '2025-04-10T09:00:00+09:00']]), deadline: '2025-06-30', today });
  const pending = (today: string) =>
    indicatorProgress(planIndicator(ind({ targets: { 2024: 100 } }), { kind: 'plan' }, [], ['総務部人事課']), 2024, DEFAULT_RUBRIC, asked(today));

  it('a year asked for is 照会中 until the deadline, the deadline day included', () => {
    expect(pending('2025-06-30').status).toMatchObject({ label: '照会中', failure: false, neutral: true, reason: '令和7年6月30日までの報告を依頼しています' });
    expect(pending('2025-06-30').collection).toEqual({ state: '照会中', sentAt: '2025-04-10T09:00:00+09:00', deadline: '2025-06-30' });
  });

  it('a year asked for is 未報告 only once the deadline has passed, and still never a failure', () => {
    expect(pending('2025-07-01').status).toMatchObject({ label: '未報告', failure: false, neutral: true });
  });

  it('a request to another department leaves the year 照会前', () => {
    const p = indicatorProgress(
      planIndicator(ind({ targets: { 2024: 100 } }), { kind: 'plan' }, [], ['市民部市民課']),
      2024,
      DEFAULT_RUBRIC,
      asked('2025-07-01'),
    );
    expect(p.status.label).toBe('照会前');
  });

  it.each(['中止', '未着手', '評価不能'] as const)('a reported state %s is shown as such, not as a failure', (state) => {
    const p = progressIn(2024, { targets: { 2024: 100 }, actuals: { 2024: { state } } });
    expect(p.status).toMatchObject({ label: state, failure: false, neutral: true });
  });

  it('a year without a target is 評価対象外', () => {
    const p = progressIn(2025, { targets: { 2024: 100 }, actuals: { 2025: 120 } });
    expect(p.status.label).toBe('評価対象外');
  });

  it('qualitative indicators take the reported verdict (一部達成 → 遅れ by default)', () => {
    const q = (state?: string) =>
      progressIn(2024, {
        unit: undefined,
        direction: 'qualitative',
        finalTarget: { text: '再認証取得', fiscalYear: 2024 },
        actuals: { 2024: state ? { state } : { text: '手続中' } },
      });
    expect(q('達成').status.label).toBe('達成');
    expect(q('一部達成').status.label).toBe('遅れ');
    expect(q('未達成').status.label).toBe('大幅な遅れ');
    expect(q().status.label).toBe('評価不能');
  });

  it('uses the final target after its year has passed (60% due 2023, 58.5% in 2025 → 97.5% → 概ね順調)', () => {
    const p = progressIn(2025, {
      unit: '%',
      baseline: { value: 38.2, fiscalYear: 2018 },
      finalTarget: { value: 60, fiscalYear: 2023 },
      actuals: { 2025: 58.5 },
    });
    expect(p.target.kind).toBe('final-passed');
    expect(p.achievement!.ratio!.value).toBeCloseTo(0.975, 12);
    expect(p.status.label).toBe('概ね順調');
    expect(p.pace!.note).toBe('最終目標の年度（2023年度）を過ぎています');
  });
});

describe('a better actual never gives a worse status', () => {
  const order = [...DEFAULT_RUBRIC.bands.map((b) => b.label)];
  const rank = (label: string) => order.indexOf(label);

  it.each([
    ['increase', 1],
    ['decrease', -1],
  ] as const)('%s', (direction, sense) => {
    const target = 50;
    let previous: number | undefined;
    // From worst to best: for a decrease, a smaller actual is better.
    for (let step = 0; step <= 200; step++) {
      const actual = sense === 1 ? step : 200 - step;
      const p = progressIn(2024, { direction, baseline: { value: 100 - 50 * sense, fiscalYear: 2021 }, targets: { 2024: target }, actuals: { 2024: actual } });
      const r = rank(p.status.label);
      expect(r).toBeGreaterThanOrEqual(0);
      if (previous !== undefined) expect(r).toBeLessThanOrEqual(previous);
      previous = r;
    }
  });
});

describe('other rubrics are data', () => {
  it('S/A/B/C on 進捗率', () => {
    const sabc = Rubric.parse({
      name: 'S〜C（進捗率）',
      basis: '進捗率',
      bands: [
        { label: 'S', min: 100 },
        { label: 'A', min: 70 },
        { label: 'B', min: 40, failure: true },
        { label: 'C', failure: true },
      ],
      qualitative: { 達成: 'S', 一部達成: 'B', 未達成: 'C' },
      states: Object.fromEntries(Object.entries(DEFAULT_RUBRIC.states)),
    });
    // (28 − 21) ÷ (35 − 21) = 50% → B
    const p = progressIn(2023, { baseline: { value: 21, fiscalYear: 2021 }, finalTarget: { value: 35, fiscalYear: 2025 }, actuals: { 2023: 28 } }, sabc);
    expect(p.status).toMatchObject({ label: 'B', reason: '進捗率 50.0% → 40%以上' });
  });

  it('three bands ◎○× and the rule printed with it', () => {
    const three = Rubric.parse({
      name: '3段階',
      basis: '達成率',
      bands: [
        { label: '順調', symbol: '◎', min: 100 },
        { label: 'やや遅れ', symbol: '○', min: 70 },
        { label: '遅れ', symbol: '×', failure: true },
      ],
      qualitative: { 達成: '順調', 一部達成: 'やや遅れ', 未達成: '遅れ' },
      states: DEFAULT_RUBRIC.states,
    });
    expect(describeRubric(three).slice(0, 4)).toEqual([
      '評価基準「3段階」（達成率は小数第1位に四捨五入して判定）',
      '◎ 順調：達成率が100%以上',
      '○ やや遅れ：達成率が70%以上',
      '× 遅れ：達成率が70%未満',
    ]);
  });

  it('refuses bands out of order', () => {
    const bad = Rubric.safeParse({ ...DEFAULT_RUBRIC, bands: [{ label: 'a', min: 50 }, { label: 'b', min: 80 }, { label: 'c' }] });
    expect(bad.success).toBe(false);
  });
});

describe('a better actual never gives a worse status, across zero', () => {
  const order = [...DEFAULT_RUBRIC.bands.map((b) => b.label)];
  it.each([
    ['increase with a negative baseline', { direction: 'increase', baseline: { value: -10, fiscalYear: 2021 }, targets: { 2024: 10 } }, 1],
    ['decrease to zero', { direction: 'decrease', baseline: { value: 5, fiscalYear: 2021 }, targets: { 2024: 0 } }, -1],
    ['decrease below zero', { direction: 'decrease', baseline: { value: 2, fiscalYear: 2021 }, targets: { 2024: -1 } }, -1],
  ] as const)('%s', (_, fields, sense) => {
    let previous: number | undefined;
    let previousRatio: number | undefined;
    for (let step = 0; step <= 400; step++) {
      const actual = sense * (step / 10 - 20); // worst to best, −20 … +20 in the better direction
      const p = progressIn(2024, { unit: '%', ...fields, actuals: { 2024: actual } });
      const r = order.indexOf(p.status.label);
      expect(r, `actual ${actual}`).toBeGreaterThanOrEqual(0);
      if (previous !== undefined) expect(r, `actual ${actual}`).toBeLessThanOrEqual(previous);
      previous = r;
      // The printed 達成率 never falls as the actual improves either.
      const ratio = p.achievement?.ratio?.value;
      if (ratio !== undefined && previousRatio !== undefined) expect(ratio, `actual ${actual}`).toBeGreaterThanOrEqual(previousRatio);
      if (ratio !== undefined) previousRatio = ratio;
    }
  });
});

describe('the top band needs the figure before rounding', () => {
  const progressRubric = Rubric.parse({
    name: '進捗率で判定',
    basis: '進捗率',
    bands: [
      { label: 'S', min: 100 },
      { label: 'A', min: 70 },
      { label: 'B', failure: true },
    ],
    qualitative: { 達成: 'S', 一部達成: 'A', 未達成: 'B' },
    states: DEFAULT_RUBRIC.states,
  });

  it('with a 進捗率 rubric: 9,996 of the way from 0 to 10,000 prints 100.0% and is A, not S', () => {
    const p = progressIn(
      2024,
      { baseline: { value: 0, fiscalYear: 2021 }, finalTarget: { value: 10000, fiscalYear: 2025 }, actuals: { 2024: 9996 } },
      progressRubric,
    );
    expect(p.status).toMatchObject({ label: 'A', reason: '進捗率 100.0%（四捨五入する前は100%に届かないため「A」）' });
  });

  it('leaves a rubric whose top band starts below 100% as the city wrote it (95% against A ≥ 90%: A)', () => {
    const ninety = Rubric.parse({
      name: '90%でA',
      basis: '達成率',
      bands: [
        { label: 'A', min: 90 },
        { label: 'B', failure: true },
      ],
      qualitative: { 達成: 'A', 一部達成: 'B', 未達成: 'B' },
      states: DEFAULT_RUBRIC.states,
    });
    expect(progressIn(2024, { targets: { 2024: 100 }, actuals: { 2024: 95 } }, ninety).status.label).toBe('A');
  });
});
