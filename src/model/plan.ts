import { z } from 'zod';
import { Detail, FiscalYear, Id, Note, NumberValue, Text } from './common.ts';
import { Indicator } from './indicator.ts';

export const SourceDocument = z.strictObject({
  id: Id,
  title: Text,
  /** File name of the published document or its extracted text. */
  file: Text.optional(),
  issued: Text.optional(),
  note: Note,
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** A project the document lists under a node but that belongs to another policy field. */
export const RelatedProject = z.strictObject({
  field: Text.optional(),
  name: Text,
  department: Text.optional(),
});

// Recursive through a getter, the zod 4 way, so z.infer sees the nesting.
export const PlanNode = z.strictObject({
  id: Id,
  number: z.union([Text, z.number()]).transform(String).optional(),
  title: Text,
  description: Text.optional(),
  indicators: z.array(Indicator).optional(),
  relatedProjects: z.array(RelatedProject).optional(),
  details: z.array(Detail).optional(),
  note: Note,
  get children() {
    return z.array(PlanNode).optional();
  },
});
export type PlanNode = z.infer<typeof PlanNode>;

/** Counts per node as printed in an implementation plan's summary table. */
export const PublishedNodeCount = z.strictObject({
  node: Id,
  total: NumberValue,
  byCategory: z.record(z.enum(['新規・追加', '拡充', '継続', '完了・統合']), NumberValue),
  previousYearTotal: NumberValue.optional(),
});

/** An implementation plan (実施計画) for one fiscal year, with the summary tables it printed. */
export const ImplementationYear = z.strictObject({
  fiscalYear: FiscalYear,
  title: Text,
  source: Id,
  publishedCounts: z.array(PublishedNodeCount).optional(),
  /** SDGs goal (1–17) → number of projects (のべ) as printed. */
  publishedSdgGoalCounts: z.record(z.string().regex(/^(1[0-7]|[1-9])$/), NumberValue).optional(),
  publishedSdgGoalTotal: NumberValue.optional(),
  note: Note,
});
export type ImplementationYear = z.infer<typeof ImplementationYear>;

export const Plan = z
  .strictObject({
    id: Id,
    title: Text,
    /** Id of the municipality (its folder name). */
    municipality: Id,
    period: z.strictObject({ first: FiscalYear, last: FiscalYear }),
    sources: z.array(SourceDocument).min(1),
    /** Names of the hierarchy levels, top down, as the document calls them. */
    levels: z.array(Text).min(1),
    /** What the document calls a project (事業, 実施計画, 事務事業); absent when it lists none. */
    projectLevel: Text.optional(),
    /** 基本目標 / 目指す姿 of the whole plan. */
    goal: Text.optional(),
    description: Text.optional(),
    nodes: z.array(PlanNode).min(1),
    indicators: z.array(Indicator).optional(),
    implementationYears: z.array(ImplementationYear).optional(),
    /** Actuals in this plan are made up for demonstration: every report page says so. */
    demo: z.boolean().optional(),
    details: z.array(Detail).optional(),
    note: Note,
  })
  .refine((p) => p.period.first <= p.period.last, {
    message: '計画期間の初年度（first）が最終年度（last）より後になっています',
    path: ['period', 'last'],
  });
export type Plan = z.infer<typeof Plan>;
