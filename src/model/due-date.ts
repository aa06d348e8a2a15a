// When a year's actuals are due. Kept apart from the schemas so that a run computes it without loading zod.
import type { DueDay } from './settings.ts';

/** The ISO date a year's actuals are due, when a due day is configured. */
export function dueDate(due: DueDay | undefined, fiscalYear: number): string | undefined {
  if (!due) return undefined;
  return `${fiscalYear + 1}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`;
}
