// One YAML file through its schema: the value, or every problem with its line.
import type { z } from 'zod';
import type { Problem } from './problem.ts';
import type { RawFile } from './read-files.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYaml, type YamlFile } from './yaml-file.ts';

/** On a schema failure the YAML is still returned, so the parts that do validate can be checked too. */
export type Parsed<T> = { ok: true; yaml: YamlFile; value: T } | { ok: false; yaml?: YamlFile };

export function parseFile<S extends z.ZodType>(raw: RawFile, schema: S, problems: Problem[], topKind = ''): Parsed<z.output<S>> {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(raw.bytes);
  } catch {
    problems.push({ code: 'FILE_UNREADABLE', file: raw.file, message: '文字コードがUTF-8ではありません。UTF-8で保存してください' });
    return { ok: false };
  }
  const read = parseYaml(raw.file, source);
  if (!read.ok) {
    problems.push(...read.problems);
    return { ok: false };
  }
  const result = schema.safeParse(read.yaml.data);
  if (!result.success) {
    for (const p of schemaProblems(read.yaml, result.error, topKind)) problems.push(p);
    return { ok: false, yaml: read.yaml };
  }
  return { ok: true, yaml: read.yaml, value: result.data };
}
