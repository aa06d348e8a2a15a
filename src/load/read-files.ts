// IO: finds and reads the files of a data directory. Knows the layout, nothing about the data.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ShinchokuError } from '../errors.ts';

/**
 * DATA/shinchoku.yaml (settings, optional)
 * DATA/<municipality>/municipality.yaml
 * DATA/<municipality>/<plan>/plan.yaml
 * DATA/<municipality>/<plan>/projects/*.yaml
 * DATA/<municipality>/<plan>/actuals/*.csv
 */
export interface PlanFiles {
  dir: string;
  plan?: RawFile;
  projects: RawFile[];
  actuals: RawFile[];
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

export interface DataFiles {
  settings?: RawFile;
  municipalities: MunicipalityFiles[];
  /** Short hash of every input file's name and content: the data edition. */
  edition: string;
}

async function subdirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

async function filesWithExtension(dir: string, ext: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
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
  if (!info?.isDirectory()) {
    throw new ShinchokuError('DATA_DIR_NOT_FOUND', `データのフォルダ「${root}」が見つかりません`);
  }
}

/** Reads the files of a data directory that exists (withDataFolder checks it before taking the lock). */
export async function readDataFiles(root: string): Promise<DataFiles> {
  const municipalities: MunicipalityFiles[] = [];
  for (const m of await subdirectories(root)) {
    const plans: PlanFiles[] = [];
    for (const p of await subdirectories(path.join(root, m))) {
      const dir = `${m}/${p}`;
      const read = (names: string[], sub: string) => Promise.all(names.map((n) => readOptional(root, `${dir}/${sub}/${n}`)));
      plans.push({
        dir,
        plan: await readOptional(root, `${dir}/plan.yaml`),
        projects: (await read(await filesWithExtension(path.join(root, dir, 'projects'), '.yaml'), 'projects')).filter((f) => f !== undefined),
        actuals: (await read(await filesWithExtension(path.join(root, dir, 'actuals'), '.csv'), 'actuals')).filter((f) => f !== undefined),
      });
    }
    municipalities.push({ dir: m, municipality: await readOptional(root, `${m}/municipality.yaml`), plans });
  }
  const settings = await readOptional(root, SETTINGS_FILE);
  return { settings, municipalities, edition: editionOf(settings, municipalities) };
}

export const SETTINGS_FILE = 'shinchoku.yaml';

/** Every file read, settings first, in a fixed order. */
export function allFiles(files: Pick<DataFiles, 'settings' | 'municipalities'>): RawFile[] {
  return [files.settings, ...files.municipalities.flatMap((m) => [m.municipality, ...m.plans.flatMap((p) => [p.plan, ...p.projects, ...p.actuals])])].filter(
    (f) => f !== undefined,
  );
}

function editionOf(settings: RawFile | undefined, municipalities: MunicipalityFiles[]): string {
  const hash = createHash('sha256');
  for (const f of allFiles({ settings, municipalities })) hash.update(f.file).update('\0').update(f.bytes).update('\0');
  return hash.digest('hex').slice(0, 12);
}
