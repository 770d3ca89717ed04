#!/usr/bin/env node
// The SLA language server for any LSP client: `sla-language-server --stdio`.
import { runBundle } from './run-bundle.js';

runBundle('sla-language-server', 'server');
