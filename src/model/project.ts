import { z } from 'zod';
import { FUTURE_DIRECTIONS, SCHEDULE_PROGRESS } from './vocabulary.ts';
import { byFiscalYear, DepartmentRefs, Detail, FiscalYear, Id, Note, NumberValue, Text } from './common.ts';
import { Indicator } from './indicator.ts';

/** 区分 of a project in an implementation-plan year. */
export const Category = z.enum(['新規', '追加', '拡充', '継続', '完了・統合', '再掲']);
export type Category = z.infer<typeof Category>;

/** An SDGs target as written: goal.target, where the target is a number or a letter ("17.17", "3.a"). */
export const SdgTarget = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).normalize('NFKC').trim())
  .pipe(z.string().regex(/^(1[0-7]|[1-9])\.([1-9]\d?|[a-c])$/, 'SDGsターゲットは「17.17」「3.a」の形で書きます'));

/** One cell (or run of cells) of a yearly action plan (行動計画). */
export const ActionPlan = z
  .strictObject({
    /** 取組内容: the row heading, when the plan is a table. */
    item: Text.optional(),
    department: DepartmentRefs.optional(),
    from: FiscalYear,
    to: FiscalYear,
    text: Text,
  })
  .refine((a) => a.from <= a.to, { message: '開始年度（from）が終了年度（to）より後になっています', path: ['to'] });
export type ActionPlan = z.infer<typeof ActionPlan>;

/** A budget line in 千円 (財務内容). */
export const BudgetLine = z.strictObject({
  fiscalYear: FiscalYear,
  /** 予算, 見込み, 決算 as the column heading says. */
  basis: z.enum(['予算', '見込み', '決算']),
  projectCost: NumberValue.optional(),
  generalFund: NumberValue.optional(),
  personnelCost: NumberValue.optional(),
  note: Note,
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const ScheduleProgress = z.enum(SCHEDULE_PROGRESS);
export type ScheduleProgress = z.infer<typeof ScheduleProgress>;

export const FutureDirection = z.enum(FUTURE_DIRECTIONS);

/**
 * What a department reports for a project in one fiscal year: what was done (do), how it went
 * against the 工程 and the self-evaluation (check), what comes next (act) and what it cost.
 * Reported like an actual, so it carries the same provenance.
 */
export const ProjectResult = z.strictObject({
  /** 実施状況: what was done in the year. */
  done: Text.optional(),
  schedule: ScheduleProgress.optional(),
  /** 自己評価: a band of the municipality's rubric, by its label (checked at load). */
  selfEvaluation: Text.optional(),
  /** 課題: what stands in the way. */
  issues: Text.optional(),
  direction: FutureDirection.optional(),
  /** 決算額 in 千円. */
  settledCost: NumberValue.optional(),
  source: Text.optional(),
  reportedBy: Text.optional(),
  reportedAt: z.iso.datetime({ offset: true }).optional(),
  importedFrom: Text.optional(),
  note: Note,
});
export type ProjectResult = z.infer<typeof ProjectResult>;

/** 5レス of the Koriyama reform plan. */
export const FiveLess = z.enum(['カウンター', 'キャッシュ', 'ペーパー', 'ファイル', 'ムーブ']);

/** A component of a project that has its own department, text and targets. */
export const ProjectPart = z.strictObject({
  name: Text,
  departments: DepartmentRefs.optional(),
  description: Text.optional(),
  goal: Text.optional(),
  actionPlans: z.array(ActionPlan).optional(),
  indicators: z.array(Indicator).optional(),
  details: z.array(Detail).optional(),
  note: Note,
});
export type ProjectPart = z.infer<typeof ProjectPart>;

export const Project = z.strictObject({
  id: Id,
  /** The number as printed (98 rows numbered 1–98, ①②…, 1–11 within a 施策). */
  number: z.union([Text, z.number()]).transform(String).optional(),
  /** Id of the hierarchy node the project sits under. */
  node: Id,
  name: Text,
  departments: DepartmentRefs,
  /** 事業概要 / 事業計画 / 概要（目的と内容）. */
  description: Text.optional(),
  /** 目指す姿（目標）. */
  goal: Text.optional(),
  categories: byFiscalYear(Category).optional(),
  /** For a 再掲 row: id of the row it repeats. */
  repeatOf: Id.optional(),
  /**
   * For a 再掲 row: ids of the repeated row's indicators that it prints again. They are the same
   * indicators (counted, listed and reported once), not copies.
   */
  repeatedIndicators: z.array(Id).min(1).optional(),
  sdgs: z.array(SdgTarget).optional(),
  actionPlans: z.array(ActionPlan).optional(),
  budgets: z.array(BudgetLine).optional(),
  /** 次年度方針 keyed by the fiscal year it applies to. */
  nextYearPolicy: byFiscalYear(Text).optional(),
  /** 実施結果 reported for each fiscal year (実施状況, 工程の進み, 自己評価, 今後の方向性, 決算額). */
  results: byFiscalYear(ProjectResult).optional(),
  fiveLess: z.array(FiveLess).optional(),
  /** 情報公開: where results are published. */
  disclosure: z.array(Text).optional(),
  /** Marks the document sets on a row (重点事業, ロジックモデル, 人口減少対策 柱2, 自主, 法定). */
  flags: z.array(Text).optional(),
  indicators: z.array(Indicator).optional(),
  parts: z.array(ProjectPart).optional(),
  details: z.array(Detail).optional(),
  note: Note,
});
export type Project = z.infer<typeof Project>;

/** A projects file is a list of projects. */
export const ProjectsFile = z.array(Project);
