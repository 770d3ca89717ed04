import { writeFileSync, mkdirSync } from 'node:fs';
import { it } from 'vitest';
import { prometheusRulesText } from '../../packages/language/src/generator/monitoring/prometheus-output.js';
import { burnScenarios } from './burn-scenarios.js';
import { handModel } from './fixture-model.js';
it('dump', () => {
    mkdirSync('/tmp/pt3', { recursive: true });
    writeFileSync('/tmp/pt3/rules.yaml', prometheusRulesText(handModel));
    writeFileSync('/tmp/pt3/test.yaml', burnScenarios(handModel, 'rules.yaml').yaml);
});
