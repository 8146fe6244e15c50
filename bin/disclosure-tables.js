#!/usr/bin/env node
// The package's command line; see `disclosure-tables --help` and docs/publishing-without-javascript.md.
import { main } from '../dist/cli/main.js';

const write = (stream) => ({ write: (text) => stream.write(text) });
process.exitCode = await main(process.argv.slice(2), write(process.stdout), write(process.stderr));
