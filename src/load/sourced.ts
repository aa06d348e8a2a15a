import type { Municipality } from '../model/municipality.ts';
import type { Plan } from '../model/plan.ts';
import type { Project } from '../model/project.ts';
import type { Path } from '../model/walk.ts';
import type { ActualRow } from './actuals-csv.ts';
import type { ResultRow } from './results-csv.ts';
import type { Problem, ProblemCode } from './problem.ts';
import { describePath } from './schema-problems.ts';
import type { YamlFile } from './yaml-file.ts';

/** Validated data that still knows which file and line each part came from, for cross-checks. */
export interface SourcedProject {
  project: Project;
  yaml: YamlFile;
  index: number;
}

export interface SourcedPlan {
  /** Folder of the plan, relative to the data directory. */
  dir: string;
  yaml: YamlFile;
  plan: Plan;
  projects: SourcedProject[];
  actualRows: ActualRow[];
  resultRows: ResultRow[];
}

export interface SourcedMunicipality {
  dir: string;
  yaml: YamlFile;
  municipality: Municipality;
}

/** A problem at a path inside a YAML file, with its line and the place in words. */
export function problemAt(yaml: YamlFile, path: Path, code: ProblemCode, message: string, topKind = ''): Problem {
  return { code, file: yaml.file, line: yaml.lineOf(path), where: describePath(yaml.data, path, topKind) || undefined, message };
}

/** A problem at a path inside a project, located in the project's file. */
export function problemInProject(p: SourcedProject, path: Path, code: ProblemCode, message: string): Problem {
  return problemAt(p.yaml, [p.index, ...path], code, message, '事業');
}
