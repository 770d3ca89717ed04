import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prometheusRulesText } from '../../packages/language/src/generator/monitoring/prometheus-output.js';
import { burnScenarios } from './burn-scenarios.js';
import { handModel } from './fixture-model.js';
import { promtool } from './promtool.js';

describe('generated rules under promtool (hand-written model)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sla-rules-'));
    writeFileSync(join(folder, 'rules.yaml'), prometheusRulesText(handModel));
    const { yaml, scenarios } = burnScenarios(handModel, 'rules.yaml');
    writeFileSync(join(folder, 'rules.test.yaml'), yaml);

    it('pass promtool check rules', () => {
        const result = promtool(['check', 'rules', join(folder, 'rules.yaml')]);
        expect(result.output).toContain('SUCCESS');
        expect(result.status).toBe(0);
    });

    it('behave in Prometheus as the scenarios expect', { timeout: 600_000 }, () => {
        const result = promtool(['test', 'rules', 'rules.test.yaml'], folder);
        expect(result.output).toContain('SUCCESS');
        expect(result.status).toBe(0);
    });

    it('scenarios say what the issue asks', () => {
        const fired = (name: string) => scenarios.filter((s) => s.name.startsWith(name));
        for (const s of fired('fast burn')) {
            expect(s.checks[0].alerts.some((a) => a.labels.sla_long_window === '1h' && a.labels.severity === 'page')).toBe(true);
        }
        for (const s of fired('slow burn')) {
            const own = s.checks.flatMap((c) => c.alerts).filter((a) => a.labels.sla_tier === s.commitment.tier && a.labels.sla_commitment.startsWith(s.commitment.metric));
            expect(own.some((a) => a.labels.severity === 'ticket')).toBe(true);
            expect(own.filter((a) => a.labels.severity === 'page')).toEqual([]);
        }
        for (const s of fired('healthy')) expect(s.checks.flatMap((c) => c.alerts)).toEqual([]);
        expect(fired('healthy, then a burn during maintenance').length).toBeGreaterThan(0);
    });
});
