import { describe, expect, it } from 'vitest';
import { buildDepartmentRegistry, conflictingSpellings } from '../src/model/department-registry.ts';
import { Department } from '../src/model/municipality.ts';

const departments = [
  { name: '広聴広報課', division: '政策開発部', aliases: [{ name: '政策課開発部広聴広報課', note: '誤記' }] },
  { name: '5R推進課', division: '環境部', aliases: [{ name: '3R推進課', note: '旧名称' }] },
  { name: 'DX戦略課', division: '政策開発部' },
  { name: '生涯学習課', division: '教育総務部' },
  { name: '総務課', division: '教育総務部' },
  { name: '総務課', division: '上下水道局' },
  { name: '監査委員事務局' },
].map((d) => Department.parse(d));
const registry = buildDepartmentRegistry(departments);
const nameOf = (written: string) => {
  const r = registry.resolve(written);
  return r.kind === 'found' ? `${r.department.division ?? ''}${r.department.name}` : r.kind;
};

describe('department registry', () => {
  it('finds a department by its full name', () => {
    expect(nameOf('政策開発部広聴広報課')).toBe('政策開発部広聴広報課');
  });
  it('finds it without the 部 prefix', () => {
    expect(nameOf('広聴広報課')).toBe('政策開発部広聴広報課');
  });
  it('finds it through a recorded typo', () => {
    expect(nameOf('政策課開発部広聴広報課')).toBe('政策開発部広聴広報課');
  });
  it('finds a renamed department by its former name', () => {
    expect(nameOf('3R推進課')).toBe('環境部5R推進課');
  });
  it('ignores the spaces and full-width letters of extracted text (環境部 5 Ｒ 推進課)', () => {
    expect(nameOf('環境部 5 Ｒ 推進課')).toBe('環境部5R推進課');
  });
  it('reads 「部・課」 written with a middle dot', () => {
    expect(nameOf('教育総務部・生涯学習課')).toBe('教育総務部生涯学習課');
  });
  it('finds a unit that has no division', () => {
    expect(nameOf('監査委員事務局')).toBe('監査委員事務局');
  });
  it('splits a list written in one cell (「DX戦略課、生涯学習課」)', () => {
    const found = registry.resolveAll(['DX戦略課、生涯学習課']).map((r) => (r.kind === 'found' ? r.department.name : r.kind));
    expect(found).toEqual(['DX戦略課', '生涯学習課']);
  });
  it('refuses a section name two divisions share, listing both', () => {
    const r = registry.resolve('総務課');
    expect(r.kind === 'ambiguous' && r.candidates.map((d) => d.division)).toEqual(['教育総務部', '上下水道局']);
  });
  it('offers the three closest names for an unknown one', () => {
    const r = registry.resolve('広聴公報課');
    expect(r.kind === 'unknown' && r.closest[0]!.name).toBe('広聴広報課');
    expect(r.kind === 'unknown' && r.closest).toHaveLength(3);
  });
  it('finds spellings claimed by two departments', () => {
    const clash = [...departments, Department.parse({ name: '環境政策課', division: '環境部', aliases: ['3R推進課'] })];
    expect(conflictingSpellings(clash).map((c) => c.spelling)).toEqual(['3R推進課']);
  });
});
