// Cross-checks of ids and references: pure functions over validated, sourced data.
import { type DepartmentRegistry, conflictingSpellings } from '../model/department-registry.ts';
import { departmentFullName } from '../model/department-name.ts';
import { type Path, walkNodes, walkPlanIndicators, walkProjectIndicators } from '../model/walk.ts';
import type { Problem } from './problem.ts';
import { problemAt, problemInProject, type SourcedMunicipality, type SourcedPlan } from './sourced.ts';

export function checkMunicipality(m: SourcedMunicipality): Problem[] {
  const problems: Problem[] = [];
  if (m.municipality.id !== m.dir) {
    problems.push(problemAt(m.yaml, ['id'], 'FOLDER_MISMATCH', `IDは「${m.municipality.id}」ですが、フォルダ名は「${m.dir}」です。同じにしてください`));
  }
  for (const { spelling, departments } of conflictingSpellings(m.municipality.departments)) {
    const index = m.municipality.departments.indexOf(departments[1]!);
    problems.push(
      problemAt(
        m.yaml,
        ['departments', index],
        'DUPLICATE_DEPARTMENT',
        `表記「${spelling}」が ${departments.map(departmentFullName).join(' と ')} の両方に登録されています`,
      ),
    );
  }
  return problems;
}

/** Reports ids seen twice; `seen` is shared across calls so the first place wins. */
function duplicateChecker(kind: string) {
  const seen = new Map<string, string>();
  return (id: string, where: string): string | undefined => {
    const first = seen.get(id);
    if (first !== undefined) return `${kind}ID「${id}」が二度使われています（最初は ${first}）`;
    seen.set(id, where);
    return undefined;
  };
}

export function checkPlanStructure(sp: SourcedPlan, municipalityId: string, registry: DepartmentRegistry): Problem[] {
  const { plan, yaml } = sp;
  const problems: Problem[] = [];
  const folder = sp.dir.split('/').at(-1);
  if (plan.id !== folder) {
    problems.push(problemAt(yaml, ['id'], 'FOLDER_MISMATCH', `計画IDは「${plan.id}」ですが、フォルダ名は「${folder}」です。同じにしてください`));
  }
  if (plan.municipality !== municipalityId) {
    problems.push(
      problemAt(
        yaml,
        ['municipality'],
        'UNKNOWN_MUNICIPALITY',
        `自治体「${plan.municipality}」は、この計画が置かれたフォルダの自治体「${municipalityId}」と違います`,
      ),
    );
  }

  const nodeIds = new Set<string>();
  const dupNode = duplicateChecker('階層');
  for (const { node, depth, path } of walkNodes(plan)) {
    const dup = dupNode(node.id, `${yaml.file}:${yaml.lineOf(path) ?? '?'}`);
    if (dup) problems.push(problemAt(yaml, [...path, 'id'], 'DUPLICATE_ID', dup));
    nodeIds.add(node.id);
    if (depth >= plan.levels.length) {
      problems.push(problemAt(yaml, path, 'INVALID', `階層が深すぎます。levels に書かれた階層は ${plan.levels.join('・')} の${plan.levels.length}段です`));
    }
  }

  const sourceIds = new Set(plan.sources.map((s) => s.id));
  for (const [i, year] of (plan.implementationYears ?? []).entries()) {
    if (!sourceIds.has(year.source)) {
      problems.push(problemAt(yaml, ['implementationYears', i, 'source'], 'UNKNOWN_SOURCE', `出典「${year.source}」が sources にありません`));
    }
    for (const [j, count] of (year.publishedCounts ?? []).entries()) {
      if (!nodeIds.has(count.node)) {
        problems.push(problemAt(yaml, ['implementationYears', i, 'publishedCounts', j, 'node'], 'UNKNOWN_NODE', `階層「${count.node}」がこの計画にありません`));
      }
    }
  }

  const dupIndicator = duplicateChecker('指標');
  for (const { indicator, path } of walkPlanIndicators(plan)) {
    const dup = dupIndicator(indicator.id, `${yaml.file}:${yaml.lineOf(path) ?? '?'}`);
    if (dup) problems.push(problemAt(yaml, [...path, 'id'], 'DUPLICATE_ID', dup));
    problems.push(...departmentProblems(registry, indicator.owner, (message) => problemAt(yaml, [...path, 'owner'], 'UNKNOWN_DEPARTMENT', message)));
  }
  for (const { node, path } of walkNodes(plan)) {
    for (const [i, related] of (node.relatedProjects ?? []).entries()) {
      const at = [...path, 'relatedProjects', i, 'department'];
      problems.push(
        ...departmentProblems(registry, related.department ? [related.department] : undefined, (m) => problemAt(yaml, at, 'UNKNOWN_DEPARTMENT', m)),
      );
    }
  }

  const dupProject = duplicateChecker('事業');
  const projectsById = new Map(sp.projects.map((p) => [p.project.id, p.project]));
  for (const sourced of sp.projects) {
    const { project } = sourced;
    const at = (path: Path, code: Problem['code'], message: string) => problemInProject(sourced, path, code, message);
    const dup = dupProject(project.id, `${sourced.yaml.file}:${sourced.yaml.lineOf([sourced.index]) ?? '?'}`);
    if (dup) problems.push(at(['id'], 'DUPLICATE_ID', dup));
    if (!nodeIds.has(project.node)) {
      problems.push(at(['node'], 'UNKNOWN_NODE', `階層「${project.node}」がこの計画にありません（plan.yaml の nodes の id を書きます）`));
    }
    problems.push(...repeatProblems(project, projectsById, at));
    problems.push(...departmentProblems(registry, project.departments, (m) => at(['departments'], 'UNKNOWN_DEPARTMENT', m)));
    for (const [p, part] of (project.parts ?? []).entries()) {
      problems.push(...departmentProblems(registry, part.departments, (m) => at(['parts', p, 'departments'], 'UNKNOWN_DEPARTMENT', m)));
      for (const [a, plan] of (part.actionPlans ?? []).entries()) {
        problems.push(...departmentProblems(registry, plan.department, (m) => at(['parts', p, 'actionPlans', a, 'department'], 'UNKNOWN_DEPARTMENT', m)));
      }
    }
    for (const [a, plan] of (project.actionPlans ?? []).entries()) {
      problems.push(...departmentProblems(registry, plan.department, (m) => at(['actionPlans', a, 'department'], 'UNKNOWN_DEPARTMENT', m)));
    }
    for (const { indicator, path } of walkProjectIndicators(project)) {
      const dupI = dupIndicator(indicator.id, `${sourced.yaml.file}:${sourced.yaml.lineOf([sourced.index, ...path]) ?? '?'}`);
      if (dupI) problems.push(at([...path, 'id'], 'DUPLICATE_ID', dupI));
      problems.push(...departmentProblems(registry, indicator.owner, (m) => at([...path, 'owner'], 'UNKNOWN_DEPARTMENT', m)));
    }
  }
  return problems;
}

function repeatProblems(
  project: SourcedPlan['projects'][number]['project'],
  projectsById: Map<string, SourcedPlan['projects'][number]['project']>,
  at: (path: Path, code: Problem['code'], message: string) => Problem,
): Problem[] {
  const repeatYears = [...(project.categories ?? [])].filter(([, c]) => c === '再掲').map(([y]) => y);
  if (project.repeatOf === undefined) {
    return [
      ...repeatYears.map((y) => at(['categories', String(y)], 'BAD_REPEAT', '再掲の事業には、再掲元の事業IDを repeatOf に書きます')),
      ...(project.repeatedIndicators
        ? [at(['repeatedIndicators'], 'BAD_REPEAT', '再掲する指標（repeatedIndicators）を書けるのは、repeatOf のある再掲の事業だけです')]
        : []),
    ];
  }
  const original = projectsById.get(project.repeatOf);
  if (!original || original === project) {
    return [at(['repeatOf'], 'BAD_REPEAT', original ? '事業が自分自身を再掲しています' : `再掲元の事業「${project.repeatOf}」がこの計画にありません`)];
  }
  if (original.repeatOf !== undefined) {
    return [at(['repeatOf'], 'BAD_REPEAT', `再掲元「${original.id}」自体が再掲の事業です。元の事業のIDを書きます`)];
  }
  if (project.categories && repeatYears.length === 0) {
    return [at(['repeatOf'], 'BAD_REPEAT', 'repeatOf がありますが、区分に「再掲」の年度がありません')];
  }
  const originalIndicators = new Set([...walkProjectIndicators(original)].map((v) => v.indicator.id));
  return [
    ...repeatYears
      .filter((y) => original.categories?.get(y) === undefined)
      .map((y) => at(['categories', String(y)], 'BAD_REPEAT', `再掲元「${original.id}」に${y}年度の区分がないため、この再掲を数えられません`)),
    ...(project.repeatedIndicators ?? [])
      .map((id, i) => [id, i] as const)
      .filter(([id]) => !originalIndicators.has(id))
      .map(([id, i]) =>
        at(
          ['repeatedIndicators', i],
          'BAD_REPEAT',
          `指標「${id}」は再掲元「${original.id}」の指標ではありません（再掲元の指標: ${[...originalIndicators].join('、') || 'なし'}）`,
        ),
      ),
  ];
}

/** A `sameMeasureAs` must name an indicator of another plan of the same municipality. */
/** `unchecked`: ids of the municipality's plans with an unreadable file, whose links cannot be told right or wrong. */
export function checkSameMeasures(plans: readonly SourcedPlan[], unchecked: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const idsOf = new Map(
    plans.map((sp) => [
      sp.plan.id,
      new Set([...walkPlanIndicators(sp.plan), ...sp.projects.flatMap((p) => [...walkProjectIndicators(p.project)])].map((v) => v.indicator.id)),
    ]),
  );
  const report = (where: { yaml: SourcedPlan['yaml']; path: Path; topKind: string }, message: string) =>
    problems.push(problemAt(where.yaml, [...where.path, 'sameMeasureAs'], 'UNKNOWN_INDICATOR', message, where.topKind));
  for (const sp of plans) {
    const places = [
      ...[...walkPlanIndicators(sp.plan)].map((v) => ({ indicator: v.indicator, yaml: sp.yaml, path: v.path, topKind: '' })),
      ...sp.projects.flatMap((p) =>
        [...walkProjectIndicators(p.project)].map((v) => ({ indicator: v.indicator, yaml: p.yaml, path: [p.index, ...v.path], topKind: '事業' })),
      ),
    ];
    for (const place of places) {
      const link = place.indicator.sameMeasureAs;
      if (!link || unchecked.has(link.plan)) continue;
      const ids = idsOf.get(link.plan);
      if (link.plan === sp.plan.id) report(place, '同じ計画の指標は指せません。再掲なら事業の repeatedIndicators に書きます');
      else if (!ids) report(place, `計画「${link.plan}」はこの自治体にありません（${[...idsOf.keys()].join('、')}）`);
      else if (!ids.has(link.indicator)) report(place, `指標「${link.indicator}」は計画「${link.plan}」にありません`);
    }
  }
  return problems;
}

function departmentProblems(registry: DepartmentRegistry, written: string[] | undefined, report: (message: string) => Problem): Problem[] {
  if (!written) return [];
  return registry.resolveAll(written).flatMap((r) => {
    if (r.kind === 'found') return [];
    if (r.kind === 'ambiguous') {
      return [report(`「${r.written}」に当たる課が複数あります（${r.candidates.map(departmentFullName).join('、')}）。部名から書いてください`)];
    }
    return [report(`担当課「${r.written}」が担当課の一覧（municipality.yaml）にありません。近い名前: ${r.closest.map(departmentFullName).join('、')}`)];
  });
}
