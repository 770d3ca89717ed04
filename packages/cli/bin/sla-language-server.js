#!/usr/bin/env node
// The SLA language server for any LSP client: `sla-language-server --stdio`.
import '../dist/sla-language-server.mjs';
