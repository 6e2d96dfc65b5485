#!/usr/bin/env node
// The `antt` command. The sources are TypeScript run through tsx, so nothing needs compiling first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
