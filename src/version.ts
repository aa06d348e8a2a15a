import { readFileSync } from 'node:fs';

/** The package version, printed by --version and in every report's colophon. */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
