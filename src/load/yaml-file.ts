import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml';
import type { Problem } from './problem.ts';

export interface YamlFile {
  /** Path relative to the data directory, as problems name it. */
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type YamlRead = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

/** Fields that hold identifiers: read exactly as typed, so `id: 1.10` stays 「1.10」 and `0x1F` stays 「0x1F」. */
const IDENTIFIER_KEYS = new Set(['id', 'node', 'repeatOf', 'repeatedIndicators', 'plan', 'indicator', 'source', 'municipality', 'number']);

/** Aliases a file may expand: far beyond any plan, far below a 「billion laughs」 bomb. */
const MAX_ALIASES = 1000;

function keepIdentifiersAsTyped(doc: Document): void {
  const asTyped = (node: unknown) => {
    if (isScalar(node) && typeof node.value === 'number' && (node as Scalar & { source?: string }).source !== undefined)
      node.value = (node as Scalar & { source: string }).source;
  };
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !IDENTIFIER_KEYS.has(String(pair.key.value))) return;
      if (isSeq(pair.value)) pair.value.items.forEach(asTyped);
      else if (!isMap(pair.value)) asTyped(pair.value);
    },
  });
}

/** The line where an unclosed quote opens, rather than the end of the file where the parser notices it. */
function openingQuoteLine(source: string, quote: string, before: number): number | undefined {
  const lines = source.split('\n').slice(0, before);
  const found = lines.findIndex((l) => (l.replace(/\\./g, '').split(quote).length - 1) % 2 === 1);
  return found >= 0 ? found + 1 : undefined;
}

/** Parses YAML keeping positions, so every later problem can name its line. */
export function parseYaml(file: string, source: string): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line;
        const quote = e.code === 'MISSING_CHAR' ? /closing (["'])/.exec(e.message)?.[1] : undefined;
        const opened = quote ? openingQuoteLine(source, quote, line ?? Number.POSITIVE_INFINITY) : undefined;
        return {
          code: 'YAML_SYNTAX' as const,
          file,
          line: opened ?? line,
          message: opened
            ? `YAMLの書き方に誤りがあります（この行で始まる ${quote} が閉じられていません）`
            : `YAMLの書き方に誤りがあります（${yamlErrorInJapanese(e.code)}）`,
        };
      }),
    };
  }
  keepIdentifiersAsTyped(doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      problems: [
        { code: 'YAML_SYNTAX', file, message: 'YAMLの別名（& と *）の参照が多すぎ、読み込むとデータが異常に大きくなります。& と * を使わずに書いてください' },
      ],
    };
  }
  // Walked by hand rather than with getIn: a key typed as 2024 is a number in the document, and a
  // path names it as a string, so the line of a fiscal year's entry would be lost.
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    for (const key of path) {
      const next: unknown = isMap(node)
        ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))?.value
        : isSeq(node)
          ? node.items[Number(key)]
          : undefined;
      if (!isNode(next)) break;
      node = next;
    }
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  return { ok: true, yaml: { file, data, lineOf } };
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
      return `記号の使い方が正しくありません（${code}）`;
  }
}
