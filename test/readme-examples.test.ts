// Every YAML example in the README validates as written: an admin copies them into real files.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_SEEDS } from '../src/cli/folders.ts';
import { fixtureWith, MUNICIPALITY, PROJECTS } from './helpers/fixture.ts';
import { shinchoku } from './helpers/run-cli.ts';

const README = await readFile(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
const examples = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const example = (first: RegExp) => {
  const found = examples.filter((e) => first.test(e.split('\n')[0]!));
  expect(found).toHaveLength(1);
  return found[0]!;
};

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function validate(dir: string) {
  made.push(dir);
  const result = await shinchoku('validate', '--data', dir);
  expect(result.stdout + result.stderr).not.toContain('問題があります');
  expect(result.code).toBe(0);
}

describe('the YAML examples of the README', () => {
  it('are the four this test knows where to put', () => {
    expect(examples.map((e) => e.split('\n')[0])).toEqual(['mail:', expect.stringMatching(/^adminEmails:/), '  results:', 'rubric:']);
  });

  it('shinchoku.yaml and schedule.yaml validate with the bundled seeds they name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-readme-'));
    await cp(BUNDLED_SEEDS, dir, { recursive: true });
    await writeFile(path.join(dir, 'shinchoku.yaml'), example(/^mail:/));
    await writeFile(path.join(dir, 'schedule.yaml'), example(/^adminEmails:/));
    await validate(dir);
  });

  it("a project's results validate in a project", async () => {
    const projects = await readFile(path.join(await fixtureWith({}), PROJECTS), 'utf8');
    const replaced = projects.replace(/\n {2}results:\n( {4}.*\n)+/, `\n${example(/^ {2}results:/)}`);
    expect(replaced).not.toBe(projects);
    await validate(await fixtureWith({ [PROJECTS]: replaced }));
  });

  it("the rubric validates in a municipality.yaml (its stages replace the default ones a project's 自己評価 names)", async () => {
    const base = await fixtureWith({});
    made.push(base);
    const municipality = await readFile(path.join(base, MUNICIPALITY), 'utf8');
    const projects = (await readFile(path.join(base, PROJECTS), 'utf8')).replace('selfEvaluation: 遅れ', 'selfEvaluation: C');
    await validate(await fixtureWith({ [MUNICIPALITY]: `${municipality}${example(/^rubric:/)}`, [PROJECTS]: projects }));
  });
});
