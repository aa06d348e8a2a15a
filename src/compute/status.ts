// Status by a rubric that is data: bands over a percentage, or an explicit neutral state.
import type { ActualState } from '../model/indicator.ts';
import type { NeutralState, Rubric } from '../model/rubric.ts';
import { roundTo } from '../model/rounding.ts';

export interface Status {
  label: string;
  symbol?: string;
  /** Shown as a failure (遅れ, 大幅な遅れ …); neutral states never are. */
  failure: boolean;
  /** A neutral state rather than a band. */
  neutral: boolean;
  /** Why, in words: 「達成率 87.5% → 80%以上」. */
  reason: string;
  /** The ratio the band was read from, for ranking the furthest behind. */
  figure?: number;
}

/** Percentages are banded as printed: rounded to one decimal, so the printed figure and its status agree. */
export function roundedPercent(ratio: number): number {
  return roundTo(ratio * 100, 1);
}

export function neutralStatus(rubric: Rubric, state: NeutralState, reason: string): Status {
  const mark = rubric.states[state];
  return { label: mark.label, symbol: mark.symbol, failure: false, neutral: true, reason };
}

/**
 * The band of a percentage, read as printed (rounded to one decimal), named by the figure it was
 * read from (「達成率（目安に対して）」). The top band alone needs the figure before rounding: a
 * target missed by 99.96% prints 100.0% but is not 達成.
 */
export function bandStatus(rubric: Rubric, ratio: number, basis: string = rubric.basis): Status {
  const pct = roundedPercent(ratio);
  let index = rubric.bands.findIndex((b) => b.min === undefined || pct >= b.min);
  const short = index === 0 && ratio * 100 < rubric.bands[0]!.min!;
  if (short) index = 1;
  const band = rubric.bands[index]!;
  const bound = band.min === undefined ? `${rubric.bands[index - 1]!.min}%未満` : `${band.min}%以上`;
  const because = short ? `（四捨五入する前は${rubric.bands[0]!.min}%に届かないため「${band.label}」）` : ` → ${bound}`;
  return {
    label: band.label,
    symbol: band.symbol,
    failure: band.failure ?? false,
    neutral: false,
    figure: ratio,
    reason: `${basis} ${formatTenths(pct)}%${because}`,
  };
}

/** 99.8 → 「99.8」 with 桁区切り for the rare four-digit percentage. */
function formatTenths(pct: number): string {
  return pct.toLocaleString('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function topBandStatus(rubric: Rubric, reason: string): Status {
  const band = rubric.bands[0]!;
  return { label: band.label, symbol: band.symbol, failure: band.failure ?? false, neutral: false, reason };
}

export function verdictStatus(rubric: Rubric, verdict: Extract<ActualState, '達成' | '一部達成' | '未達成'>): Status {
  const band = rubric.bands.find((b) => b.label === rubric.qualitative[verdict])!;
  return { label: band.label, symbol: band.symbol, failure: band.failure ?? false, neutral: false, reason: `報告された状況「${verdict}」` };
}

/** The rule a report prints beside its figures. */
export function describeRubric(rubric: Rubric): string[] {
  const bands = rubric.bands.map((b, i) => {
    const bound = b.min === undefined ? `${rubric.bands[i - 1]!.min}%未満` : `${b.min}%以上`;
    return `${b.symbol ? `${b.symbol} ` : ''}${b.label}：${rubric.basis}が${bound}`;
  });
  const verdicts = Object.entries(rubric.qualitative).map(([v, label]) => `「${v}」→ ${label}`);
  const top = rubric.bands[0]!;
  return [
    `評価基準「${rubric.name}」（${rubric.basis}は小数第1位に四捨五入して判定）`,
    ...bands,
    `「${top.label}」は四捨五入する前の${rubric.basis}が${top.min}%に届いたものだけです（四捨五入で${top.min}.0%と示されても、届いていなければ次の段階です）`,
    ...(rubric.basis === '進捗率' ? ['進捗率を示さない指標（水準を保つ目標）は、達成率で判定します'] : []),
    `数値でない指標は報告された状況で判定：${verdicts.join('、')}`,
    `次の状態は遅れとして扱いません：${Object.values(rubric.states)
      .map((s) => s.label)
      .join('、')}`,
  ];
}
