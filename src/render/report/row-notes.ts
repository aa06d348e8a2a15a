// What the document and the department say about an indicator's row, set under it in the table:
// how the figure is defined, the plan's own wording where it says more than the number (「約493万人」,
// 「（平成31年～R3年の合計）」), the document's ※ footnotes, the 検証 of the year's figure (why it is
// where it is), the actual's source and note, and the same figure in another plan.
import type { IndicatorRow } from '../../compute/plan-progress.ts';

/** Whether the document's wording says more than the number, its unit and comparator printed in the cell. */
export function saysMore(text: string, unit: string | undefined): boolean {
  const rest = text
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/[-−△]?[\d,]+(\.\d+)?/, '')
    .replace(unit?.normalize('NFKC') ?? '', '')
    .replace(/以上|以下|以内|を維持|未満/g, '');
  return rest.length > 0;
}

export function rowNote(r: IndicatorRow): string | undefined {
  const { indicator } = r;
  const actual = r.actual.reported ? r.actual.actual : undefined;
  const verification = indicator.verification?.get(r.year);
  const target = r.target.stated?.final ? indicator.finalTarget : indicator.targets?.get(r.target.stated?.fiscalYear ?? r.year);
  const wording = [
    indicator.baseline?.value !== undefined && indicator.baseline.text && saysMore(indicator.baseline.text, indicator.unit)
      ? `基準値「${indicator.baseline.text}」`
      : undefined,
    target?.value !== undefined && target.text && saysMore(target.text, indicator.unit) ? `目標値「${target.text}」` : undefined,
  ].filter((w) => w !== undefined);
  const lines = [
    indicator.definition && indicator.definition !== indicator.name ? `説明・計算式：${indicator.definition}` : undefined,
    wording.length > 0 ? `計画の表記：${wording.join('、')}` : undefined,
    indicator.baseline?.footnote && `基準値の注：${indicator.baseline.footnote}`,
    target?.footnote && `目標値の注：${target.footnote}`,
    verification && `検証：${verification}`,
    actual?.reason && `要因・課題（${r.departments.join('、') || '担当課'}の報告）：${actual.reason}`,
    actual?.source && `実績の出典：${actual.source}`,
    actual?.note && `実績の備考：${actual.note}`,
    ...r.sameMeasure.map((m) => `同じ数値を「${m.planTitle}」でも指標「${m.indicatorName}」として測っています（目標値はそれぞれの計画のものです）。`),
  ].filter((l) => l !== undefined);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
