// The test suites use real tools from Debian's packages: Chromium for VS Code for the Web, Prometheus
// and promtool for the monitoring rules and `sla report`, LibreOffice and poppler for the Word output.
// Test tools cannot download their own binaries here, so on a Debian machine where we are root the
// missing packages are installed in one apt-get run; elsewhere we say what to install.
// Usage: node scripts/ensure-tools.mjs [tool ...]   (no argument: every tool below)
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each tool: the binary the tests run, and the Debian packages that bring it. */
const tools = {
    chromium: { binary: process.env.CHROMIUM || '/usr/bin/chromium', packages: ['chromium'] },
    prometheus: { binary: '/usr/bin/promtool', packages: ['prometheus'] },
    libreoffice: { binary: '/usr/bin/soffice', packages: ['libreoffice-writer-nogui', 'fonts-noto-cjk'] },
    poppler: { binary: '/usr/bin/pdftotext', packages: ['poppler-utils'] },
};

const wanted = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(tools);
const unknown = wanted.filter((name) => !(name in tools));
if (unknown.length > 0) {
    console.error(`ensure-tools: unknown tool ${unknown.join(', ')}; known: ${Object.keys(tools).join(', ')}`);
    process.exit(2);
}
const missing = wanted.filter((name) => !existsSync(tools[name].binary));
if (missing.length > 0) {
    const packages = missing.flatMap((name) => tools[name].packages);
    const root = process.getuid?.() === 0;
    if (!root || !existsSync('/usr/bin/apt-get')) {
        console.error(`ensure-tools: ${missing.join(', ')} not found. Install Debian's ${packages.join(' ')} (apt-get install).`);
        process.exit(1);
    }
    console.log(`ensure-tools: installing ${packages.join(' ')} (apt-get)…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')} >/dev/null`, {
        stdio: 'inherit',
        shell: '/bin/bash',
    });
}
