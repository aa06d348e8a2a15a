#!/usr/bin/env node
// Entry point of the `shinchoku` binary: the JavaScript built at install (npm's prepare step) when
// it is current, otherwise the TypeScript sources through tsx, compiled at start.
import { pathToFileURL } from 'node:url';
import { currentBuild } from './build-stamp.js';

// While runMain works, it turns SIGINT/SIGTERM into a clean stop. Before it starts nothing has been
// done, so a signal ends the process at once; after it returns, a late signal only makes the exit
// immediate, with the same code, instead of a kill by signal. Installed first, so no signal is
// ever left to the default handler.
let phase = 'starting';
const onSignal = () => {
  if (phase === 'starting') process.exit(130);
  if (phase === 'finished') process.exit(process.exitCode);
};
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('./cli/main.ts');
}

const built = currentBuild();
const { runMain } = built ? await import(pathToFileURL(built).href) : await fromSources();
phase = 'running';
process.exitCode = await runMain(process.argv.slice(2));
phase = 'finished';
