#!/usr/bin/env node
// The `sla` command: a thin launcher for the bundled CLI (built by `npm run build`).
import '../dist/sla.mjs';
