// output/runs/<run id>/data/: the input files exactly as the run read them, written from the bytes
// it loaded rather than copied from the folder, which an import may have changed in between.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeSynced } from '../atomic-write.ts';
import { allFiles, type DataFiles } from '../load/read-files.ts';

/** Writes the snapshot once; a resumed run keeps the one it has. */
export async function writeDataSnapshot(files: DataFiles, dir: string): Promise<void> {
  if (await stat(dir).catch(() => undefined)) return;
  // Built beside the final folder and renamed into place, so a snapshot is never half there.
  const building = `${dir}.partial`;
  await rm(building, { recursive: true, force: true });
  for (const f of allFiles(files)) {
    const file = path.join(building, ...f.file.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeSynced(file, f.bytes);
  }
  await rename(building, dir);
}
