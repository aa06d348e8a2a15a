import type { DepartmentRegistry } from '../model/department-registry.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Municipality } from '../model/municipality.ts';
import type { Project } from '../model/project.ts';
import type { Rubric } from '../model/rubric.ts';
import type { Contact, DueDay, MailSettings } from '../model/settings.ts';
import type { IndicatorScope, PlanData } from '../model/walk.ts';
import type { Problem } from './problem.ts';
import type { DataFiles } from './read-files.ts';

/** Another plan's indicator that measures the same figure. */
export interface SameMeasureRef {
  planId: string;
  planTitle: string;
  indicatorId: string;
  indicatorName: string;
}

/** One indicator of a plan, once, with what the loader resolved for it. */
export interface PlanIndicator {
  indicator: Indicator;
  scope: IndicatorScope;
  /** Ids of the hierarchy nodes above the indicator, top first. */
  nodePath: string[];
  /** Canonical names (部＋課) of the departments answering for it; several when shared. */
  departments: string[];
  /** Decimals the plan's own figures for it use: every figure derived from them is rounded to this. */
  decimals: number;
  /** 再掲 rows that print this indicator again (it is still one indicator). */
  relistedIn: Project[];
  /** The same figure as an indicator of another plan of the municipality, linked both ways. */
  sameMeasure: SameMeasureRef[];
}

/** A plan as every later stage sees it: validated, CSV actuals merged, references resolved. */
export interface ResolvedPlan extends PlanData {
  /** Every indicator once, in the document's order. */
  indicators: PlanIndicator[];
  /** Canonical names of the departments running each project (its parts' included). */
  projectDepartments: ReadonlyMap<Project, string[]>;
  /** 所管課 and contact printed on the plan's reports (shinchoku.yaml), when configured. */
  contact?: Contact;
}

export interface MunicipalityData {
  municipality: Municipality;
  registry: DepartmentRegistry;
  /** The municipality's rubric, or the default one. */
  rubric: Rubric;
  /** When a year's actuals are due (shinchoku.yaml), if configured. */
  actualsDue?: DueDay;
  /** Who answers departments' questions (shinchoku.yaml): the signature of every mail and the contact in their files. */
  contact?: Contact;
  plans: ResolvedPlan[];
}

/** Everything in a data directory, validated, cross-checked and resolved. */
export interface Dataset {
  /** Short hash of the input files: tells two editions of the data apart. */
  edition: string;
  /** The bytes it was read from: a run's snapshot is written from these, so it is this edition even if the folder has changed since. */
  files: DataFiles;
  /** Keys (actualKey) of the actuals that came from imports; every other actual is transcribed from a document. */
  collected: ReadonlySet<string>;
  /** Keys (resultKey) of the project results that came from imports. */
  collectedResults: ReadonlySet<string>;
  /** How mail goes out (shinchoku.yaml), or the defaults. */
  mail: MailSettings;
  /** The one time zone of every printed date and time and of the month a reminder belongs to. */
  timezone: string;
  /** Whether annual reports are set for printing on both sides (shinchoku.yaml `print.duplex`, on by default). */
  duplex: boolean;
  municipalities: MunicipalityData[];
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };
