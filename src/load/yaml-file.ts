import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

export interface YamlFile {
  /** Path relative to the data directory, as problems name it. */
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type YamlRead = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

/** Parses YAML keeping positions, so every later problem can name its line. */
export function parseYaml(file: string, source: string): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        code: 'YAML_SYNTAX' as const,
        file,
        line: e.linePos?.[0]?.line,
        message: `YAMLの書き方に誤りがあります（${yamlErrorInJapanese(e.code)}）`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n).map(String), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { ok: true, yaml: { file, data: doc.toJS(), lineOf } };
}

function yamlErrorInJapanese(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return '同じ項目名が二度書かれています';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return '字下げ（インデント）か記号が崩れています';
    case 'MULTILINE_IMPLICIT_KEY':
      return '項目名のあとの「:」が抜けているか、字下げが崩れています';
    case 'TAB_AS_INDENT':
      return '字下げにタブ文字が使われています。半角スペースにしてください';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return '思いがけない記号があります。「:」「-」「#」の位置を確認してください';
    default:
      return code;
  }
}
