// Pure: turns the raw files of a data directory into a validated dataset, or every problem found.
import { buildDepartmentRegistry, type DepartmentRegistry } from '../model/department-registry.ts';
import { Municipality } from '../model/municipality.ts';
import { Plan } from '../model/plan.ts';
import { Project, ProjectsFile } from '../model/project.ts';
import { DEFAULT_MAIL, Settings } from '../model/settings.ts';
import { DEFAULT_RUBRIC, type Rubric } from '../model/rubric.ts';
import { checkResultRows, checkSelfEvaluations } from './check-results.ts';
import { indicatorsById, type PlanData } from '../model/walk.ts';
import { readActualsCsv } from './actuals-csv.ts';
import { collectedKeysOf, collectedResultKeysOf } from './collected-actuals.ts';
import { readResultsCsv } from './results-csv.ts';
import { checkMunicipality, checkPlanStructure, checkSameMeasures } from './check-structure.ts';
import { checkActualRows, checkPlanValues } from './check-values.ts';
import type { Dataset, LoadResult } from './dataset.ts';
import type { Problem } from './problem.ts';
import { parseFile } from './parse-file.ts';
import type { DataFiles, PlanFiles } from './read-files.ts';
import { resolveMunicipality } from './resolve.ts';
import type { SourcedPlan, SourcedProject } from './sourced.ts';

/** A plan whose files all parsed can be cross-checked; one with unreadable files only checked file by file. */
type ReadPlan = { sourced: SourcedPlan; complete: boolean };

function readPlan(files: PlanFiles, problems: Problem[]): ReadPlan | undefined {
  if (!files.plan) {
    problems.push({ code: 'MISSING_FILE', file: `${files.dir}/plan.yaml`, message: '計画のフォルダに plan.yaml がありません' });
    return undefined;
  }
  const before = problems.length;
  const plan = parseFile(files.plan, Plan, problems);
  const projects: SourcedProject[] = [];
  for (const raw of files.projects) {
    const parsed = parseFile(raw, ProjectsFile, problems, '事業');
    if (parsed.ok) projects.push(...parsed.value.map((project, index) => ({ project, yaml: parsed.yaml, index })));
    else if (parsed.yaml && Array.isArray(parsed.yaml.data)) {
      // The projects that do validate are checked now (years, targets), so every problem shows in one pass.
      const yaml = parsed.yaml;
      (yaml.data as unknown[]).forEach((item, index) => {
        const one = Project.safeParse(item);
        if (one.success) projects.push({ project: one.data, yaml, index });
      });
    }
  }
  const actualRows = files.actuals.flatMap((raw) => {
    const read = readActualsCsv(raw.file, raw.bytes);
    problems.push(...read.problems);
    return read.rows;
  });
  const resultRows = files.results.flatMap((raw) => {
    const read = readResultsCsv(raw.file, raw.bytes);
    problems.push(...read.problems);
    return read.rows;
  });
  if (!plan.ok) return undefined;
  return { sourced: { dir: files.dir, yaml: plan.yaml, plan: plan.value, projects, actualRows, resultRows }, complete: problems.length === before };
}

function asPlanData(sp: SourcedPlan): PlanData {
  return { plan: sp.plan, projects: sp.projects.map((p) => p.project) };
}

/** The plan as later stages see it: CSV actuals and results merged into their indicators and projects (checked to exist). */
function withCsvRows(sp: SourcedPlan): PlanData {
  const data = asPlanData(sp);
  const byId = indicatorsById(data);
  for (const row of sp.actualRows) {
    const indicator = byId.get(row.indicatorId)!;
    indicator.actuals = new Map(indicator.actuals ?? []).set(row.fiscalYear, row.actual);
  }
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  for (const row of sp.resultRows) {
    const project = projects.get(row.projectId)!;
    project.results = new Map(project.results ?? []).set(row.fiscalYear, row.result);
  }
  return data;
}

export function assembleDataset(files: DataFiles): LoadResult {
  const problems: Problem[] = [];
  const municipalities: Array<{ municipality: Municipality; registry: DepartmentRegistry; rubric: Rubric; plans: SourcedPlan[] }> = [];
  const planIds = new Map<string, string>();
  const settings = files.settings ? parseFile(files.settings, Settings, problems) : undefined;
  for (const s of files.skipped) problems.push({ code: 'FILE_UNREADABLE', file: s.file, message: s.reason });
  if (files.municipalities.length === 0) {
    problems.push({ code: 'MISSING_FILE', file: '.', message: 'データのフォルダに自治体のフォルダ（municipality.yaml を含むもの）がありません' });
  }

  for (const m of files.municipalities) {
    if (!m.municipality) {
      problems.push({
        code: 'MISSING_FILE',
        file: `${m.dir}/municipality.yaml`,
        message: '自治体のフォルダに municipality.yaml（自治体名と担当課の一覧）がありません',
      });
      continue;
    }
    const parsed = parseFile(m.municipality, Municipality, problems);
    const plans = m.plans.map((p) => readPlan(p, problems)).filter((p) => p !== undefined);
    // Checks within one file report real problems even when a sibling file is unreadable.
    for (const { sourced } of plans) problems.push(...checkPlanValues(sourced));
    if (!parsed.ok) continue;

    problems.push(...checkMunicipality({ dir: m.dir, yaml: parsed.yaml, municipality: parsed.value }));
    const registry = buildDepartmentRegistry(parsed.value.departments);
    const rubric = parsed.value.rubric ?? DEFAULT_RUBRIC;
    // References across files are only checked when every file parsed; otherwise they report ghosts.
    const complete = plans.filter((p) => p.complete).map((p) => p.sourced);
    for (const sp of complete) {
      const first = planIds.get(sp.plan.id);
      if (first) {
        problems.push({
          code: 'DUPLICATE_ID',
          file: sp.yaml.file,
          line: sp.yaml.lineOf(['id']),
          message: `計画ID「${sp.plan.id}」は ${first} でも使われています`,
        });
      }
      planIds.set(sp.plan.id, sp.yaml.file);
      problems.push(...checkPlanStructure(sp, parsed.value.id, registry));
      problems.push(...checkActualRows(sp, indicatorsById(asPlanData(sp))));
      problems.push(...checkSelfEvaluations(sp, rubric), ...checkResultRows(sp, rubric));
    }
    problems.push(...checkSameMeasures(complete, new Set(plans.filter((p) => !p.complete).map((p) => p.sourced.plan.id))));
    municipalities.push({ municipality: parsed.value, registry, rubric, plans: complete });
  }
  if (settings?.ok) {
    const known = new Set(municipalities.map((m) => m.municipality.id));
    for (const [id, own] of Object.entries(settings.value.municipalities)) {
      if (!known.has(id))
        problems.push({
          code: 'UNKNOWN_MUNICIPALITY',
          file: settings.yaml.file,
          line: settings.yaml.lineOf(['municipalities', id]),
          message: `自治体ID「${id}」のデータはありません（${[...known].join('、')}）`,
        });
      const plans = municipalities.find((m) => m.municipality.id === id)?.plans.map((p) => p.plan.id) ?? [];
      for (const planId of Object.keys(own.plans ?? {})) {
        if (known.has(id) && !plans.includes(planId))
          problems.push({
            code: 'UNKNOWN_PLAN',
            file: settings.yaml.file,
            line: settings.yaml.lineOf(['municipalities', id, 'plans', planId]),
            message: `計画ID「${planId}」は自治体「${id}」の計画にありません（${plans.join('、')}）`,
          });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const resolvedSettings = settings?.ok ? settings.value : Settings.parse({});
  const dataset: Dataset = {
    edition: files.edition,
    files,
    collected: new Set(municipalities.flatMap((m) => m.plans.flatMap((sp) => collectedKeysOf(sp.plan.id, sp.actualRows)))),
    collectedResults: new Set(municipalities.flatMap((m) => m.plans.flatMap((sp) => collectedResultKeysOf(sp.plan.id, sp.resultRows)))),
    mail: resolvedSettings.mail ?? DEFAULT_MAIL,
    timezone: resolvedSettings.timezone,
    duplex: resolvedSettings.print.duplex,
    municipalities: municipalities.map((m) => resolveMunicipality(m.municipality, m.registry, m.rubric, m.plans.map(withCsvRows), resolvedSettings)),
  };
  return { ok: true, dataset };
}
