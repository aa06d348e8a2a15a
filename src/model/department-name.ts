// A department as people write it: 「総務部人事課」, its division (部) before its name (課). Kept
// apart from the schemas so that everything that prints a name runs without loading zod.
import type { Department } from './municipality.ts';

export function departmentFullName(d: Pick<Department, 'name' | 'division'>): string {
  return d.division ? `${d.division}${d.name}` : d.name;
}
