import { z } from 'zod';
import { ACTUAL_STATES } from './vocabulary.ts';
import { byFiscalYear, DepartmentRefs, FiscalYear, Id, Note, NumberValue, Text } from './common.ts';

/** Which way is better. A target below the baseline does not make an indicator "decrease". */
export const Direction = z.enum(['increase', 'decrease', 'maintain', 'qualitative']);
export type Direction = z.infer<typeof Direction>;

/**
 * How a target is met, as the document words it: 以上 (at least), 以下 and 以内 (at most), 一致 (exactly).
 * Absent when the document does not say. A target with 以上・以下・以内 is a threshold: it holds in
 * every year up to its own, rather than being approached along a line from the baseline.
 */
export const Comparator = z.enum(['以上', '以下', '以内', '一致']);
export type Comparator = z.infer<typeof Comparator>;

/** 累計: a running total since `cumulativeFrom`; 単年度: counted afresh each year. */
export const Accumulation = z.enum(['累計', '単年度']);

/** The same figure measured as an indicator of another plan of the municipality. */
export const SameMeasure = z.strictObject({
  plan: Id,
  indicator: Id,
  note: Note,
});

export const ActualState = z.enum(ACTUAL_STATES);
export type ActualState = z.infer<typeof ActualState>;

const measured = {
  /** The number, without its unit. Absent when the document gives only words. */
  value: NumberValue.optional(),
  /** The document's own wording, printed under the row when it says more than the number (「約493万人」). */
  text: Text.optional(),
  /** The document's own footnote to the figure (its ※), printed under the row; `note` is for reviewers. */
  footnote: Text.optional(),
  note: Note,
};

export const Baseline = z.strictObject({
  ...measured,
  /** Fiscal year the value refers to. */
  fiscalYear: FiscalYear.optional(),
  /** ISO date when the document gives a day (2022-03-31). */
  date: z.iso.date().optional(),
  /** The document's wording of the point in time (「2021年度末時点」). */
  asOf: Text.optional(),
});
export type Baseline = z.infer<typeof Baseline>;

export const Target = z.strictObject({
  ...measured,
  /** A target stated as a change from the baseline, signed, in the indicator's unit (「最大4ポイント改善」 on a % indicator → 4). */
  change: NumberValue.optional(),
});
export type Target = z.infer<typeof Target>;

export const FinalTarget = Target.extend({
  fiscalYear: FiscalYear.optional(),
});
export type FinalTarget = z.infer<typeof FinalTarget>;

export const Actual = z.strictObject({
  ...measured,
  state: ActualState.optional(),
  /** 要因・課題: why the figure is where it is, in the reporting department's words (required at import when behind). */
  reason: Text.optional(),
  /** Where the figure comes from (survey, statistics, department report). */
  source: Text.optional(),
  reportedBy: Text.optional(),
  reportedAt: z.iso.datetime({ offset: true }).optional(),
  /** The returned file the value was imported from (`shinchoku import`). */
  importedFrom: Text.optional(),
});
export type Actual = z.infer<typeof Actual>;

/** A bare number is shorthand for { value: number }. */
function orNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'number' || typeof v === 'string' ? { value: v } : v), schema);
}

export const Indicator = z.strictObject({
  id: Id,
  name: Text,
  /** 人, %, 件, 億円 …; 「なし」 for a figure that has none (合計特殊出生率). Required unless qualitative. */
  unit: Text.optional(),
  direction: Direction,
  comparator: Comparator.optional(),
  accumulation: Accumulation.optional(),
  /**
   * For a 累計: the first fiscal year counted in the total (「1999年度からの累計」 → 1999; a plan's
   * 「4年間累計」 → its first year). The total is 0 before it; baseline, targets and actuals are totals from it.
   */
  cumulativeFrom: FiscalYear.optional(),
  /** Department(s) answering for the figure; the enclosing project's when absent. */
  owner: DepartmentRefs.optional(),
  baseline: orNumber(Baseline).optional(),
  targets: byFiscalYear(orNumber(Target)).optional(),
  finalTarget: orNumber(FinalTarget).optional(),
  actuals: byFiscalYear(orNumber(Actual)).optional(),
  /** 説明又は計算式. */
  definition: Text.optional(),
  /** 検証 text by fiscal year. */
  verification: byFiscalYear(Text).optional(),
  /** Where in the source document the indicator is printed. */
  source: Text.optional(),
  /** The same figure is an indicator of another plan (its targets may differ): reports say so beside both. */
  sameMeasureAs: SameMeasure.optional(),
  note: Note,
});
export type Indicator = z.infer<typeof Indicator>;
