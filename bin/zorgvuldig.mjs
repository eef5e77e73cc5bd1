#!/usr/bin/env node
// Entry point of the `zorgvuldig` command: registers tsx so the TypeScript sources run as they
// are (no build step to forget), then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
