// Where the collection of a year's actuals stands (実績照会), so a missing value reads as what it
// is: not yet asked for (照会前), asked for and not yet due (照会中), or overdue (未報告).

/** What is known about the year's requests, read from the collect ledger and the settings at the edge. */
export interface Requests {
  /** When each department (canonical name) was sent the year's 実績照会 (ISO time). */
  sentAt: ReadonlyMap<string, string>;
  /** The configured deadline (ISO date), when there is one. */
  deadline?: string;
  /** Today in the data's time zone (ISO date): a deadline has passed when today is later. */
  today: string;
}

export type Collection = { state: '照会前' } | { state: '照会中'; sentAt: string; deadline?: string } | { state: '未報告'; sentAt: string; deadline: string };

/** The state of a value the given departments answer for: asked when any of them was asked. */
export function collectionOf(departments: readonly string[], requests: Requests): Collection {
  const sent = departments.flatMap((d) => requests.sentAt.get(d) ?? []).sort()[0];
  if (sent === undefined) return { state: '照会前' };
  const { deadline } = requests;
  if (deadline !== undefined && requests.today > deadline) return { state: '未報告', sentAt: sent, deadline };
  return deadline === undefined ? { state: '照会中', sentAt: sent } : { state: '照会中', sentAt: sent, deadline };
}
