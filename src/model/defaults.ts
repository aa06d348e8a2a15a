// What the data means when it leaves a setting out: used by the schemas that fill it in and by the
// commands that act on it, which run without loading zod.

/** Days of run history kept when schedule.yaml does not say (three years). */
export const DEFAULT_KEEP_HISTORY_DAYS = 1095;

export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';
