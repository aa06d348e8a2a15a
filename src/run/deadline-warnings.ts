// A department is never told 「提出期限は設定されていません」: the admin is told at the start instead.
import type { MunicipalityData } from '../load/dataset.ts';

export function deadlineWarnings(
  municipalities: ReadonlyArray<Pick<MunicipalityData, 'actualsDue'> & { municipality: { id: string; name: string } }>,
): string[] {
  return municipalities
    .filter((m) => m.actualsDue === undefined)
    .map(
      (m) =>
        `${m.municipality.name}の実績の提出期限が設定されていません。担当課への報告書とメールには期限を書きません（shinchoku.yaml の municipalities.${m.municipality.id}.actualsDue に月日を書くと、期限を示します）`,
    );
}
