import type { CollectRow } from '../../src/collect/collect-rows.ts';

/** One numeric indicator asked of 総務部人事課: 研修参加者数, a 2024 target of 1,200人, no actual yet. */
export const INDICATOR_ROW: CollectRow = {
  municipalityId: 'testcity',
  planId: 'p',
  planTitle: '計画',
  node: '方針 > 施策',
  indicatorId: '1-1',
  indicatorName: '研修参加者数',
  unit: '人',
  qualitative: false,
  target: 1200,
  targetWhen: '令和6年度',
  marks: '',
  decimals: 0,
  earlier: '',
  year: 2024,
  fixed: false,
};
