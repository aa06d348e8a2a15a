import { z } from 'zod';
import { NumberValue, Text } from './common.ts';

/**
 * States that are never a failure, whatever the figures. A missing actual is 照会前 until the
 * department is asked for it, 照会中 until the deadline, and only then 未報告.
 */
export const NEUTRAL_STATES = ['照会前', '照会中', '未報告', '評価不能', '評価対象外', '未着手', '中止'] as const;
export type NeutralState = (typeof NEUTRAL_STATES)[number];

const Mark = z.strictObject({ label: Text, symbol: Text.optional() });

const NEUTRAL_MARKS = {
  照会前: { label: '照会前', symbol: '－' },
  照会中: { label: '照会中', symbol: '－' },
  未報告: { label: '未報告', symbol: '－' },
  評価不能: { label: '評価不能', symbol: '－' },
  評価対象外: { label: '評価対象外', symbol: '－' },
  未着手: { label: '未着手', symbol: '－' },
  中止: { label: '中止', symbol: '－' },
};

// 照会前 and 照会中 came after rubrics were written: a rubric without them shows them as above.
const STATE_MARKS = Object.fromEntries(NEUTRAL_STATES.map((s) => [s, s === '照会前' || s === '照会中' ? Mark.default(NEUTRAL_MARKS[s]) : Mark])) as Record<
  NeutralState,
  typeof Mark
>;

/**
 * An evaluation rubric (評価基準) as data: bands over a percentage, labels and symbols,
 * how qualitative verdicts map onto the bands, and how neutral states are shown.
 */
export const Rubric = z
  .strictObject({
    name: Text,
    /** Which figure the bands are read against. */
    basis: z.enum(['達成率', '進捗率']),
    /** Highest band first; a figure falls into the first band whose `min` (in %) it reaches. The last band has no min. */
    bands: z.array(Mark.extend({ min: NumberValue.optional(), failure: z.boolean().optional() })).min(2),
    /** Band label for each qualitative verdict. */
    qualitative: z.strictObject({ 達成: Text, 一部達成: Text, 未達成: Text }),
    states: z.strictObject(STATE_MARKS),
  })
  .superRefine((r, ctx) => {
    const mins = r.bands.slice(0, -1).map((b) => b.min);
    if (mins.some((m) => m === undefined) || r.bands.at(-1)!.min !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['bands'], message: '最後の段階以外には min（下限の％）を書き、最後の段階には書きません' });
    } else if (mins.some((m, i) => i > 0 && m! >= mins[i - 1]!)) {
      ctx.addIssue({ code: 'custom', path: ['bands'], message: '段階は下限（min）の高い順に並べます' });
    }
    const labels = new Set(r.bands.map((b) => b.label));
    for (const [verdict, label] of Object.entries(r.qualitative)) {
      if (!labels.has(label)) ctx.addIssue({ code: 'custom', path: ['qualitative', verdict], message: `「${label}」は bands にない段階です` });
    }
  });
export type Rubric = z.infer<typeof Rubric>;

/** The default: 達成 ≥100%, 概ね順調 ≥80%, 遅れ ≥50%, 大幅な遅れ below. */
export const DEFAULT_RUBRIC: Rubric = Rubric.parse({
  name: '標準（4段階）',
  basis: '達成率',
  bands: [
    { label: '達成', symbol: '◎', min: 100 },
    { label: '概ね順調', symbol: '○', min: 80 },
    { label: '遅れ', symbol: '△', min: 50, failure: true },
    { label: '大幅な遅れ', symbol: '×', failure: true },
  ],
  qualitative: { 達成: '達成', 一部達成: '遅れ', 未達成: '大幅な遅れ' },
  states: NEUTRAL_MARKS,
});
