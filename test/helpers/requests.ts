import type { Requests } from '../../src/compute/collection.ts';

/** No 実績照会 sent for the year: every missing value is 照会前. */
export const NO_REQUESTS: Requests = { sentAt: new Map(), today: '2025-05-01' };
