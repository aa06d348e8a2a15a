import { distance } from 'fastest-levenshtein';
import { departmentFullName } from './department-name.ts';
import type { Department } from './municipality.ts';

/** How one department name as written resolves. */
export type Resolution =
  | { kind: 'found'; department: Department }
  | { kind: 'ambiguous'; written: string; candidates: Department[] }
  | { kind: 'unknown'; written: string; closest: Department[] };

// Spellings differ by spaces (「環境部 5 R 推進課」), full/half width and a 「・」 between 部 and 課.
function key(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** A document cell may list several departments: 「DX戦略課、生涯学習課」. */
export function splitDepartmentList(written: string): string[] {
  return written
    .split(/[、，,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface DepartmentRegistry {
  readonly departments: readonly Department[];
  resolve(written: string): Resolution;
  /** Resolves a list as written in the data (each entry may itself be a 「、」 list). */
  resolveAll(written: readonly string[]): Resolution[];
}

export function buildDepartmentRegistry(departments: readonly Department[]): DepartmentRegistry {
  const exact = new Map<string, Department>();
  const short = new Map<string, Department[]>();
  for (const d of departments) {
    const spellings = [departmentFullName(d), ...(d.aliases ?? []).map((a) => a.name)];
    if (d.division) spellings.push(`${d.division}・${d.name}`);
    for (const s of spellings) exact.set(key(s), d);
    if (d.division) short.set(key(d.name), [...(short.get(key(d.name)) ?? []), d]);
  }

  const resolve = (written: string): Resolution => {
    const k = key(written);
    const found = exact.get(k);
    if (found) return { kind: 'found', department: found };
    const candidates = short.get(k) ?? [];
    if (candidates.length === 1) return { kind: 'found', department: candidates[0]! };
    if (candidates.length > 1) return { kind: 'ambiguous', written, candidates };
    const closest = [...departments]
      .map((d) => ({ d, score: Math.min(distance(k, key(departmentFullName(d))), distance(k, key(d.name))) }))
      .sort((a, b) => a.score - b.score)
      .slice(0, 3)
      .map((x) => x.d);
    return { kind: 'unknown', written, closest };
  };

  return {
    departments,
    resolve,
    resolveAll: (written) => written.flatMap(splitDepartmentList).map(resolve),
  };
}

/** Spellings that two departments both claim: each must lead to one department. */
export function conflictingSpellings(departments: readonly Department[]): Array<{ spelling: string; departments: Department[] }> {
  const claims = new Map<string, Department[]>();
  for (const d of departments) {
    const own = new Set([departmentFullName(d), ...(d.aliases ?? []).map((a) => a.name)].map(key));
    for (const s of own) claims.set(s, [...(claims.get(s) ?? []), d]);
  }
  return [...claims].filter(([, ds]) => ds.length > 1).map(([spelling, ds]) => ({ spelling, departments: ds }));
}
