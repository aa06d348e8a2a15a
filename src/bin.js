#!/usr/bin/env node
// Entry point of the `shinchoku` binary: TypeScript sources run through tsx, no build step.
import { register } from 'tsx/esm/api';

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

register();
const { runMain } = await import('./cli/main.ts');
phase = 'running';
process.exitCode = await runMain(process.argv.slice(2));
phase = 'finished';
