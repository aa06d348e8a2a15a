import type { DepartmentRegistry } from '../model/department-registry.ts';
import type { Municipality } from '../model/municipality.ts';
import type { Settings } from '../model/settings.ts';
import type { PlanData } from '../model/walk.ts';
import type { Problem } from './problem.ts';

export interface MunicipalityData {
  municipality: Municipality;
  registry: DepartmentRegistry;
  plans: PlanData[];
}

/** Everything in a data directory, validated and cross-checked. */
export interface Dataset {
  /** Short hash of the input files: tells two editions of the data apart. */
  edition: string;
  /** DATA/shinchoku.yaml, or the defaults when there is none. */
  settings: Settings;
  municipalities: MunicipalityData[];
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };
