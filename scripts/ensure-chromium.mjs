// The e2e suite drives VS Code for the Web in Debian's Chromium (test tools cannot download their
// own browsers here). On a fresh Debian machine where we are root, install it; elsewhere say how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromium)) {
    const root = process.getuid?.() === 0;
    const apt = existsSync('/usr/bin/apt-get');
    if (!root || !apt) {
        console.error(
            `e2e: ${chromium} not found. Install Debian's chromium (apt-get install chromium) or set CHROMIUM to a Chromium binary.`,
        );
        process.exit(1);
    }
    console.log('e2e: installing Debian chromium (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', {
        stdio: 'inherit',
        shell: '/bin/bash',
    });
}
