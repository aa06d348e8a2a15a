#!/usr/bin/env node
// Entry point of the `shinchoku` binary: TypeScript sources run through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
const { runMain } = await import('./cli/main.ts');
process.exitCode = await runMain(process.argv.slice(2));
