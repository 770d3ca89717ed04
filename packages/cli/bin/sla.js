#!/usr/bin/env node
// The `sla` command: a thin launcher for the bundled CLI (built by `npm run build`).
import { runBundle } from './run-bundle.js';

runBundle('sla', process.argv[2]);
