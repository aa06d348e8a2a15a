#!/usr/bin/env node
// Entry point of the `shinchoku` binary: TypeScript sources run through tsx, no build step.
import { register } from 'tsx/esm/api';

// runMain turns SIGINT/SIGTERM into a clean stop while it works. Once it has returned, a late
// signal must not turn the outcome into a kill by signal: it only makes the exit immediate, with
// the same code. Installed first, so there is never a moment with no handler at all.
let finished = false;
const exitIfFinished = () => {
  if (finished) process.exit(process.exitCode);
};
process.on('SIGTERM', exitIfFinished);
process.on('SIGINT', exitIfFinished);

register();
const { runMain } = await import('./cli/main.ts');
process.exitCode = await runMain(process.argv.slice(2));
finished = true;
