import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { monitoringModel } from '../../packages/language/src/generator/monitoring/monitoring-from-agreement.js';
import type { MonitoringModel } from '../../packages/language/src/generator/monitoring/monitoring-model.js';
import { sla } from '../helpers/cli.js';
import { build, examplesFolder, exampleFiles, readExample } from '../helpers/services.js';
import { burnScenarios } from './burn-scenarios.js';
import { promtool } from './promtool.js';

/**
 * The examples that declare SLIs, built by the real `sla` executable and checked with real tools:
 * Prometheus's promtool (rule syntax and lint, then the generated unit tests of burn-scenarios.ts
 * evaluated by Prometheus's engine) and the project's JSON Schema for OpenSLO v1.
 */
const monitored = exampleFiles().filter((name) => /^\s*sli\s/m.test(readExample(name)));
const schema = JSON.parse(readFileSync(new URL('../../packages/language/schema/openslo-v1.schema.json', import.meta.url), 'utf8'));
// Strict, except that `required` and `items` may name what sibling branches define (oneOf per kind).
/** The commitments whose service declares an SLI for their metric: the ones with rules. */
const measured = (model: MonitoringModel) =>
    model.commitments.filter((c) => model.services.some((s) => s.name === c.service && s.slis.some((sli) => sli.metric === c.metric)));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false }).compile(schema);

describe.each(monitored)('%s', (name) => {
    const stem = name.replace(/\.sla$/, '');
    const out = mkdtempSync(join(tmpdir(), 'sla-monitoring-'));
    const result = sla(['build', join(examplesFolder, name), '--format', 'prometheus,openslo', '--out', out]);
    const rulesFile = join(out, `${stem}.rules.yaml`);
    const openSloFile = join(out, `${stem}.openslo.yaml`);

    it('builds both files', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(`wrote ${rulesFile}\nwrote ${openSloFile}\n`);
    });

    it('writes rules that pass promtool check rules', () => {
        const check = promtool(['check', 'rules', rulesFile]);
        expect(check.output).toMatch(/SUCCESS: \d+ rules found/);
        expect(check.status).toBe(0);
    });

    it(
        'writes rules that page on a fast burn, ticket on a slow one, and stay quiet when healthy or in maintenance',
        { timeout: 1_800_000 },
        async () => {
            const { document } = await build(readExample(name));
            const model = monitoringModel(document.parseResult.value);
            const { yaml, scenarios } = burnScenarios(model, `${stem}.rules.yaml`);
            writeFileSync(join(out, `${stem}.rules.test.yaml`), yaml);
            // What the scenarios claim, before Prometheus is asked to agree.
            for (const s of scenarios) {
                const alerts = s.checks.flatMap((c) => c.alerts);
                const own = alerts.filter(
                    (a) =>
                        a.labels.sla_tier === s.commitment.tier &&
                        a.labels.sla_service === s.commitment.service &&
                        a.labels.sla_sli === s.commitment.metric,
                );
                if (s.name.startsWith('fast burn')) {
                    // Every commitment with an SLI pages within five minutes.
                    for (const c of measured(model)) {
                        const page = s.checks[0].alerts.find(
                            (a) =>
                                a.labels.sla_tier === c.tier &&
                                a.labels.sla_service === c.service &&
                                a.labels.sla_sli === c.metric &&
                                a.labels.sla_long_window === '1h',
                        );
                        expect(page?.labels.severity, `${c.tier} ${c.service} ${c.metric}`).toBe('page');
                    }
                } else if (s.name.startsWith('slow burn')) {
                    expect(
                        own.some((a) => a.labels.severity === 'ticket'),
                        s.name,
                    ).toBe(true);
                    expect(
                        own.filter((a) => a.labels.severity === 'page'),
                        s.name,
                    ).toEqual([]);
                } else {
                    expect(alerts, s.name).toEqual([]);
                }
            }
            expect(scenarios.some((s) => s.name.includes('maintenance'))).toBe(true);
            expect(scenarios.filter((s) => s.name.startsWith('slow burn')).length).toBe(measured(model).length);
            const test = promtool(['test', 'rules', `${stem}.rules.test.yaml`], out);
            expect(test.output).toContain('SUCCESS');
            expect(test.status).toBe(0);
        },
    );

    it('writes OpenSLO v1 documents that the schema accepts and the yaml parser reads back', () => {
        const text = readFileSync(openSloFile, 'utf8');
        const documents = parseAllDocuments(text);
        expect(documents.length).toBeGreaterThan(0);
        const objects = documents.map((d) => {
            expect(d.errors).toEqual([]);
            return d.toJS() as {
                kind: string;
                metadata: { name: string; annotations?: Record<string, string> };
                spec: Record<string, unknown>;
            };
        });
        for (const object of objects) {
            expect(validate(object) ? [] : validate.errors, `${object.kind} ${object.metadata.name}`).toEqual([]);
            // Round trip: each document printed and parsed again is the same data.
            expect(parse(documents[objects.indexOf(object)].toString())).toEqual(object);
        }
        // Every reference names an object of the stream.
        const names = (kind: string) => new Set(objects.filter((o) => o.kind === kind).map((o) => o.metadata.name));
        for (const slo of objects.filter((o) => o.kind === 'SLO')) {
            expect(names('Service').has(slo.spec.service as string)).toBe(true);
            expect(names('SLI').has(slo.spec.indicatorRef as string)).toBe(true);
            for (const ref of slo.spec.alertPolicies as Array<{ alertPolicyRef: string }>)
                expect(names('AlertPolicy').has(ref.alertPolicyRef)).toBe(true);
        }
        for (const policy of objects.filter((o) => o.kind === 'AlertPolicy')) {
            for (const c of policy.spec.conditions as Array<{ conditionRef: string }>)
                expect(names('AlertCondition').has(c.conditionRef)).toBe(true);
            for (const t of policy.spec.notificationTargets as Array<{ targetRef: string }>)
                expect(names('AlertNotificationTarget').has(t.targetRef)).toBe(true);
        }
    });
});

it('has at least one example with SLI declarations', () => {
    expect(monitored).toContain('saas-monitored.sla');
});

describe('the OpenSLO v1 schema', () => {
    const slo = {
        apiVersion: 'openslo/v1',
        kind: 'SLO',
        metadata: { name: 'api-availability', annotations: { 'sla/contract-target': '0.999' } as Record<string, string> },
        spec: {
            service: 'api',
            indicatorRef: 'api-availability',
            timeWindow: [{ duration: '1M', isRolling: false, calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'UTC' } }],
            budgetingMethod: 'Occurrences',
            objectives: [{ target: 0.9995 }],
        },
    };
    const broken = (change: (o: typeof slo) => void) => {
        const copy = structuredClone(slo) as typeof slo;
        change(copy);
        return copy;
    };

    it('accepts a calendar-aligned SLO', () => expect(validate(slo)).toBe(true));

    it.each([
        ['a name that is not a DNS label', broken((o) => (o.metadata.name = 'API_availability'))],
        ['a target of 1', broken((o) => (o.spec.objectives[0].target = 1))],
        ['no budgeting method', broken((o) => delete (o.spec as Record<string, unknown>).budgetingMethod)],
        ['two time windows', broken((o) => o.spec.timeWindow.push(o.spec.timeWindow[0]))],
        ['a calendar window without a zone', broken((o) => delete (o.spec.timeWindow[0].calendar as Record<string, unknown>).timeZone)],
        ['an annotation under openslo.com/', broken((o) => (o.metadata.annotations = { 'openslo.com/x': 'y' }))],
        ['RatioTimeslices without a time slice window', broken((o) => (o.spec.budgetingMethod = 'RatioTimeslices'))],
        ['another API version', broken((o) => (o.apiVersion = 'openslo/v2alpha'))],
    ])('rejects %s', (_, object) => expect(validate(object)).toBe(false));
});
