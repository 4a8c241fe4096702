#!/usr/bin/env node
// The command line runs the TypeScript sources directly, so `npx nianbao` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
