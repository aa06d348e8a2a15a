// Staff-editable wording: every .hbs file under a folder, compiled strictly. Any failure names the
// template file and line; a template never prints "undefined", "NaN" or a prototype property.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.ts';
import Handlebars from 'handlebars';
import { ShinchokuError } from '../../errors.ts';
import { compiledTemplates, type TemplateSource } from './compiled-templates.ts';
import { createHelpers, HELPER_NAMES, HelperValueError } from './helpers.ts';

/** The templates bundled with the package. */
export const BUNDLED_TEMPLATES = path.join(PACKAGE_ROOT, 'templates');

export class TemplateError extends ShinchokuError {
  constructor(file: string, line: number | undefined, detail: string) {
    super('TEMPLATE_ERROR', `テンプレート ${file}${line !== undefined ? ` の ${line} 行目` : ''}: ${detail}`);
    this.name = 'TemplateError';
  }
}

const TO_TEXT = { [Symbol.toPrimitive]: () => '[テンプレートの値]' };

/**
 * Template data as null-prototype objects, so `{{constructor}}` is "not defined" rather than a
 * silent blank, and Handlebars' own strict-mode message can still print the object.
 */
function toContext(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toContext);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    Object.defineProperty(out, Symbol.toPrimitive, { value: TO_TEXT[Symbol.toPrimitive], enumerable: false });
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toContext(v);
    return out;
  }
  return value;
}

function explain(error: Error, file: string): TemplateError {
  if (error instanceof HelperValueError) return new TemplateError(file, error.line, error.message);
  const message = error.message;
  const at = / - (\d+):\d+$/.exec(message);
  const line = at ? Number(at[1]) : (error as { lineNumber?: number }).lineNumber;
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing) return new TemplateError(file, line, `「${missing[1]}」という値はありません（綴りを確認してください）`);
  const helper = /unknown helper (\S+)/.exec(message);
  if (helper) return new TemplateError(file, line, `「${helper[1]}」というヘルパーはありません。使えるもの: ${HELPER_NAMES.join('、')}`);
  const unreadable = /Cannot read properties of (?:undefined|null) \(reading '([^']+)'\)/.exec(message);
  if (unreadable) return new TemplateError(file, line, `「${unreadable[1]}」の手前の値がありません（綴りを確認してください）`);
  const parse = /^Parse error on line (\d+):\n([^\n]*)\n([^\n]*\^)/.exec(message);
  // The template's own line and a caret under the place; the parser's English expectations are left out.
  if (parse) return new TemplateError(file, Number(parse[1]), `書き方に誤りがあります（{{ }} の対応や #if・#each の閉じ忘れを確認してください）\n${parse[2]}\n${parse[3]}`);
  const partial = /The partial (\S+) could not be found/.exec(message);
  if (partial) return new TemplateError(file, line, `「{{> ${partial[1]}}}」の部品（パーシャル）はありません。テンプレートでは {{> }} は使えません`);
  return new TemplateError(file, line, `テンプレートを処理できませんでした（書き方を確かめてください。技術的な内容: ${message.split('\n')[0]}）`);
}

export interface TemplateSet {
  /** Renders `name` (path under the folder without .hbs, e.g. "report/cover"). */
  render(name: string, data: object): string;
}

function listTemplates(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return listTemplates(root, rel);
    return entry.name.endsWith('.hbs') ? [rel] : [];
  });
}

/**
 * Reads and parses every template at once, so a broken one fails before any work is done. Dates
 * and times print in `timeZone`, the data's configured one.
 */
export function loadTemplates(timeZone: string, root: string = BUNDLED_TEMPLATES): TemplateSet {
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(createHelpers(timeZone))) hb.registerHelper(name, helper);
  // {{log}} would write to the console, {{lookup}} reach around the data: neither belongs in a report's wording.
  for (const name of ['log', 'lookup']) {
    hb.registerHelper(name, (...args: unknown[]) => {
      const line = (args.at(-1) as { loc?: { start: { line: number } } }).loc?.start.line;
      throw new HelperValueError(name, line, `{{${name}}} は報告書の文言には使えません。使えるヘルパー: ${HELPER_NAMES.join('、')}`);
    });
  }
  const knownHelpers = Object.fromEntries(HELPER_NAMES.map((n) => [n, true]));
  const sources = listTemplates(root).map((rel): TemplateSource => ({
    rel,
    source: readFileSync(path.join(root, rel), 'utf8'),
    // Only HTML mail escapes: PDF and plain text would show 「&amp;」 literally.
    options: { strict: true, noEscape: !rel.endsWith('.html.hbs'), knownHelpersOnly: true, knownHelpers },
  }));
  const byFile = compiledTemplates(hb, sources, ({ rel, source, options }) => {
    try {
      // A string of JavaScript: precompile evaluates nothing.
      return hb.precompile(hb.parse(source), options) as unknown as string;
    } catch (error) {
      throw explain(error as Error, path.join(path.basename(root), rel));
    }
  });
  const compiled = new Map([...byFile].map(([rel, template]) => [rel.slice(0, -'.hbs'.length), template]));
  return {
    render(name, data) {
      const file = path.join(path.basename(root), `${name}.hbs`);
      const template = compiled.get(name);
      if (!template) throw new TemplateError(file, undefined, 'ファイルがありません');
      try {
        return template(toContext(data));
      } catch (error) {
        throw explain(error as Error, file);
      }
    },
  };
}
