// Pure: whose a returned row is — the municipality, the department the sheet speaks for (its
// 担当課 label) and the plan — shared by the indicator and the project sheets.
import type { Dataset, MunicipalityData, ResolvedPlan } from '../load/dataset.ts';
import { departmentFullName } from '../model/department-name.ts';

/** The department a returned sheet speaks for: only its own indicators can be imported from it. */
function sheetDepartment(written: string | undefined, m: MunicipalityData): { ok: true; name: string } | { ok: false; message: string } {
  if (!written) {
    return {
      ok: false,
      message: '「担当課」の欄が空なので、どの課の報告か分かりません。shinchoku collect で作ったシートの「担当課」の欄は消さずに返してもらってください',
    };
  }
  const r = m.registry.resolve(written);
  if (r.kind === 'found') return { ok: true, name: departmentFullName(r.department) };
  if (r.kind === 'ambiguous')
    return {
      ok: false,
      message: `担当課「${written}」に当たる課が${m.municipality.name}に複数あります（${r.candidates.map(departmentFullName).join('、')}）。部名から書いてください`,
    };
  return { ok: false, message: `担当課「${written}」は${m.municipality.name}の担当課の一覧にありません` };
}

export type Refused = Map<MunicipalityData, { message: string; rows: number }>;
/** Each municipality's reading of a sheet's 担当課, once per file. */
export type Reporters = Map<MunicipalityData, ReturnType<typeof sheetDepartment>>;

/**
 * The municipality, reporting department and plan a returned row belongs to. A row refused for the
 * sheet's 担当課 is counted in `refused` (said once per file) rather than given a message of its own.
 */
export function placeOfRow(
  row: { municipality?: string; plan?: string },
  department: string | undefined,
  dataset: Dataset,
  reporters: Reporters,
  refused: Refused,
): { ok: true; m: MunicipalityData; reporter: { name: string }; plan: ResolvedPlan } | { ok: false; message?: string } {
  const m = dataset.municipalities.find((x) => x.municipality.id === row.municipality);
  if (!m) return { ok: false, message: `自治体ID「${row.municipality ?? ''}」のデータはありません` };
  if (!reporters.has(m)) reporters.set(m, sheetDepartment(department, m));
  const reporter = reporters.get(m)!;
  if (!reporter.ok) {
    refused.set(m, { message: reporter.message, rows: (refused.get(m)?.rows ?? 0) + 1 });
    return { ok: false };
  }
  const plan = m.plans.find((p) => p.plan.id === row.plan);
  if (!plan) return { ok: false, message: `計画ID「${row.plan ?? ''}」は${m.municipality.name}の計画にありません` };
  return { ok: true, m, reporter, plan };
}
