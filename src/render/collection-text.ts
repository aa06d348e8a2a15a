// How a missing actual is named wherever it is printed: not yet asked for, asked for until a day,
// or overdue. 「未報告」 alone would read as a department's failure before anyone was asked.
import type { Collection } from '../compute/collection.ts';
import { formatCalendarDay } from '../model/fiscal-year.ts';

/** 「照会前」, 「照会中（期限 令和7年6月30日）」, 「未報告（期限 令和7年6月30日）」. */
export function collectionLabel(c: Collection): string {
  if (c.state === '照会前') return '照会前';
  return c.deadline ? `${c.state}（期限 ${formatCalendarDay(c.deadline)}）` : c.state;
}

/** The state as a sentence about a year's actuals: 「令和6年度の実績はまだ照会していません（照会前）」. */
export function collectionSentence(c: Collection, what: string): string {
  if (c.state === '照会前') return `${what}は、まだ照会していません（照会前）`;
  if (c.state === '照会中') return `${what}は照会中です${c.deadline ? `（提出期限 ${formatCalendarDay(c.deadline)}）` : '（提出期限の設定なし）'}`;
  return `${what}は、提出期限（${formatCalendarDay(c.deadline)}）を過ぎても報告されていません（未報告）`;
}
