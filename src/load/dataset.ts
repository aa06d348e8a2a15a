import type { DepartmentRegistry } from '../model/department-registry.ts';
import type { Municipality } from '../model/municipality.ts';
import type { Settings } from '../model/settings.ts';
import type { PlanData } from '../model/walk.ts';
import type { Problem } from './problem.ts';
import type { DataFiles } from './read-files.ts';

export interface MunicipalityData {
  municipality: Municipality;
  registry: DepartmentRegistry;
  plans: PlanData[];
}

/** Everything in a data directory, validated and cross-checked. */
export interface Dataset {
  /** Short hash of the input files: tells two editions of the data apart. */
  edition: string;
  /** The bytes it was read from: a run's snapshot is written from these, so it is this edition even if the folder has changed since. */
  files: DataFiles;
  /** Keys (actualKey) of the actuals that came from imports; every other actual is transcribed from a document. */
  collected: ReadonlySet<string>;
  /** DATA/shinchoku.yaml, or the defaults when there is none. */
  settings: Settings;
  municipalities: MunicipalityData[];
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };
