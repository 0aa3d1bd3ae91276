#!/usr/bin/env node
// The `broadsheet` command (package.json "bin"): see command.ts.
import { main } from './command.js';

process.exitCode = await main(process.argv.slice(2));
