import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // The CLI and server tests spawn the bundles: build them once, fresh, before any test runs.
        globalSetup: ['test/global-setup.ts'],
        testTimeout: 30_000,
        // In CI, also a machine-readable report, from which .ci/run prints a plain summary line.
        reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
        hookTimeout: 60_000,
    },
});
