/** A computed figure with what it was computed from, so a report can explain it in a footnote. */
export interface Explained {
  value: number;
  /** The formula in words, as a report prints it: 「実績値 ÷ 目標値」. */
  formula: string;
  /** The inputs by the names the formula uses. */
  inputs: Record<string, number>;
  note?: string;
}

/** +1 when more is better, −1 when less is better: turns differences into "ahead (+) / behind (−)". */
export type Sense = 1 | -1;
