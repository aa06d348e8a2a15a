// The fixed words a field of the data may hold. The schemas check them; the sheets offer them as
// choices and the reports count by them, without loading zod.

/** Explicit states of an actual that are never a failure (and the qualitative verdicts). */
export const ACTUAL_STATES = ['達成', '一部達成', '未達成', '評価不能', '未着手', '中止'] as const;

/** 工程の進み: how the year went against its 工程 (actionPlans). */
export const SCHEDULE_PROGRESS = ['前倒し', '計画どおり', '遅れ', '未着手', '完了'] as const;

/** 今後の方向性, in the words Japanese 行政評価 uses. */
export const FUTURE_DIRECTIONS = ['拡充', '継続', '見直し', '縮小', '廃止', '完了'] as const;
