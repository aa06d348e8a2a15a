// IO: finds and reads the files of a data directory. Knows the layout, nothing about the data.
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ShinchokuError } from '../errors.ts';

/**
 * DATA/shinchoku.yaml (settings, optional)
 * DATA/<municipality>/municipality.yaml
 * DATA/<municipality>/<plan>/plan.yaml
 * DATA/<municipality>/<plan>/projects/*.yaml
 * DATA/<municipality>/<plan>/actuals/*.csv
 * DATA/<municipality>/<plan>/results/*.csv
 */
export interface PlanFiles {
  dir: string;
  plan?: RawFile;
  projects: RawFile[];
  actuals: RawFile[];
  results: RawFile[];
}

export interface MunicipalityFiles {
  dir: string;
  municipality?: RawFile;
  plans: PlanFiles[];
}

export interface RawFile {
  /** Relative to the data directory, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

/** A file or folder that looks like data but could not be read: reported, never dropped silently. */
export interface SkippedEntry {
  file: string;
  reason: string;
}

export interface DataFiles {
  settings?: RawFile;
  skipped: SkippedEntry[];
  municipalities: MunicipalityFiles[];
  /** Short hash of every input file's name and content: the data edition. */
  edition: string;
}

/** What an entry is, following a symbolic link (a linked file is read like any other); undefined for a broken link. */
async function kindOf(dir: string, e: Dirent): Promise<'file' | 'directory' | 'other' | undefined> {
  if (e.isFile()) return 'file';
  if (e.isDirectory()) return 'directory';
  if (!e.isSymbolicLink()) return 'other';
  const target = await stat(path.join(dir, e.name)).catch(() => undefined);
  return target ? (target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other') : undefined;
}

/**
 * Folders below `dir`. A hidden one (「.」 first) holding `marker` would be data dropped without a
 * word, so it is reported; other hidden folders (.git) are left alone.
 */
async function subdirectories(root: string, relative: string, marker: string, skipped: SkippedEntry[]): Promise<string[]> {
  const dir = path.join(root, relative);
  const names: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const kind = await kindOf(dir, e);
    const file = relative ? `${relative}/${e.name}` : e.name;
    if (kind === undefined) skipped.push({ file, reason: 'リンク先がありません（シンボリックリンクが壊れています）' });
    if (kind !== 'directory') continue;
    if (!e.name.startsWith('.')) names.push(e.name);
    else if (await stat(path.join(dir, e.name, marker)).catch(() => undefined))
      skipped.push({ file, reason: `名前が「.」で始まる隠しフォルダなので読んでいません（${marker} があります）。読むなら名前の先頭の「.」を外してください` });
  }
  return names.sort();
}

async function filesWithExtension(root: string, relative: string, ext: string, skipped: SkippedEntry[]): Promise<string[]> {
  const dir = path.join(root, relative);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const names: string[] = [];
  for (const e of entries.filter((x) => x.name.endsWith(ext) && !x.name.startsWith('.'))) {
    const kind = await kindOf(dir, e);
    if (kind === 'file') names.push(e.name);
    else if (kind === undefined) skipped.push({ file: `${relative}/${e.name}`, reason: 'リンク先がありません（シンボリックリンクが壊れています）' });
  }
  return names.sort();
}

async function readOptional(root: string, relative: string): Promise<RawFile | undefined> {
  try {
    return { file: relative, bytes: await readFile(path.join(root, relative)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function requireDataDir(root: string): Promise<void> {
  const info = await stat(root).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new ShinchokuError(
      'DATA_DIR_NOT_FOUND',
      `「${root}」はフォルダではなくファイルです。--data にはデータのフォルダ（municipality.yaml のある自治体のフォルダを含むもの）を指定してください`,
    );
  }
  if (!info) throw new ShinchokuError('DATA_DIR_NOT_FOUND', `データのフォルダ「${root}」が見つかりません`);
}

/** Reads the files of a data directory that exists (withDataFolder checks it before taking the lock). */
export async function readDataFiles(root: string): Promise<DataFiles> {
  const municipalities: MunicipalityFiles[] = [];
  const skipped: SkippedEntry[] = [];
  for (const m of await subdirectories(root, '', 'municipality.yaml', skipped)) {
    const plans: PlanFiles[] = [];
    for (const p of await subdirectories(root, m, 'plan.yaml', skipped)) {
      const dir = `${m}/${p}`;
      const read = async (sub: string, ext: string) =>
        (await Promise.all((await filesWithExtension(root, `${dir}/${sub}`, ext, skipped)).map((n) => readOptional(root, `${dir}/${sub}/${n}`)))).filter(
          (f) => f !== undefined,
        );
      plans.push({
        dir,
        plan: await readOptional(root, `${dir}/plan.yaml`),
        projects: await read('projects', '.yaml'),
        actuals: await read('actuals', '.csv'),
        results: await read('results', '.csv'),
      });
    }
    municipalities.push({ dir: m, municipality: await readOptional(root, `${m}/municipality.yaml`), plans });
  }
  const settings = await readOptional(root, SETTINGS_FILE);
  return { settings, skipped, municipalities, edition: editionOf(settings, municipalities) };
}

export const SETTINGS_FILE = 'shinchoku.yaml';

/** Every file read, settings first, in a fixed order. */
export function allFiles(files: Pick<DataFiles, 'settings' | 'municipalities'>): RawFile[] {
  return [
    files.settings,
    ...files.municipalities.flatMap((m) => [m.municipality, ...m.plans.flatMap((p) => [p.plan, ...p.projects, ...p.actuals, ...p.results])]),
  ].filter((f) => f !== undefined);
}

function editionOf(settings: RawFile | undefined, municipalities: MunicipalityFiles[]): string {
  const hash = createHash('sha256');
  for (const f of allFiles({ settings, municipalities })) hash.update(f.file).update('\0').update(f.bytes).update('\0');
  return hash.digest('hex').slice(0, 12);
}
