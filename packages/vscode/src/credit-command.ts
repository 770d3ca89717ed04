/**
 * SLA: Calculate Service Credit: pick a tier, pick what was measured when the tier's schedule pays
 * on more than availability (error rate, latency at a percentile), type the measurement (`99.2%`
 * or `3h`, `0.4%`, `450ms`), and read what `sla credits` would answer — the server runs the same code.
 *
 * Callers may pass `{ uri, tier, metric, measurement, days }` to skip the prompts (tests do);
 * whatever is missing is asked for. A measurement passed without a metric is an availability or
 * a downtime.
 */
import * as vscode from 'vscode';
import type { CalculateCreditResult, CreditMetric, TierSummary } from 'sla-language/protocol';
import { commandArguments, fileName, targetDocument } from './document-target.js';
import { refuseForErrors, refuseInput, type InvalidInput, type RefusedForErrors } from './refusal.js';
import type { SlaServer } from './sla-server.js';

const title = 'SLA: Calculate Service Credit';

interface CreditArguments {
    uri?: vscode.Uri | string;
    tier?: string;
    metric?: CreditMetric;
    measurement?: string;
    days?: number;
}

/** Created on first use, for the full answers behind the notifications' Details button. */
let details: vscode.OutputChannel | undefined;

export type CreditOutcome =
    { summary: string; lines: string[]; json: Record<string, unknown> } | RefusedForErrors | InvalidInput | undefined;

export async function calculateCreditCommand(server: SlaServer, argument: unknown): Promise<CreditOutcome> {
    const args = commandArguments<CreditArguments>(argument);
    const document = await targetDocument(args.uri, title);
    if (!document) return undefined;

    const picked = args.tier === undefined ? await pickTier(server, document) : args.tier;
    if (picked === undefined || (typeof picked === 'object' && 'refused' in picked)) return picked;
    const tier = typeof picked === 'string' ? picked : picked.name;

    let metric = args.metric;
    if (metric === undefined && args.measurement === undefined) {
        const offered = typeof picked === 'string' ? await metricsOf(server, document, tier) : picked.creditMetrics;
        if (offered !== undefined && !Array.isArray(offered)) return offered;
        metric = await pickMetric(tier, offered);
        if (metric === undefined) return undefined;
    }
    metric ??= 'availability';
    const ask = PROMPTS[metric] ?? latencyPrompt(metric);

    let measurement = args.measurement;
    for (;;) {
        measurement ??= await vscode.window.showInputBox({
            title: `${title}: ${tier}`,
            prompt: ask.prompt,
            placeHolder: ask.placeHolder,
            value: measurement,
            ignoreFocusOut: true,
            validateInput: (text) => (text.trim() === '' ? ask.empty : undefined),
        });
        if (measurement === undefined) return undefined;
        const result: CalculateCreditResult = await server.calculateCredit(
            document,
            tier,
            measurement,
            args.days,
            metric === 'availability' ? undefined : metric,
        );
        if (result.kind === 'errors') return refuseForErrors(document, result.errors, 'no credit is calculated from it');
        if (result.kind === 'invalid') {
            const invalid = refuseInput(title, result.message);
            // Typed by hand: ask again. Passed in by a caller: report it.
            if (args.measurement !== undefined) return invalid;
            measurement = undefined;
            continue;
        }
        // The answer first (a notification shows one line); the CLI's full lines on request.
        void vscode.window.showInformationMessage(result.summary, 'Details').then((choice) => {
            if (choice !== 'Details') return;
            details ??= vscode.window.createOutputChannel('SLA Service Credits');
            details.appendLine(`${fileName(document.uri)}, ${metric === 'availability' ? '' : `${ask.name} `}${measurement}:`);
            for (const line of result.lines) details.appendLine(`  ${line}`);
            details.show(true);
        });
        return { summary: result.summary, lines: result.lines, json: result.json };
    }
}

async function pickTier(server: SlaServer, document: vscode.TextDocument): Promise<TierSummary | RefusedForErrors | undefined> {
    const result = await server.tiers(document);
    if (result.kind === 'errors') return refuseForErrors(document, result.errors, 'no credit is calculated from it');
    // A tier is offered when its schedule pays on something that can be measured and typed in.
    const withCredits = result.tiers.filter((tier) => tier.creditMetrics.length > 0);
    if (withCredits.length === 0) {
        void vscode.window.showWarningMessage(
            `${title}: no tier of this agreement has a credit schedule that pays on availability (with an availability commitment), error rate or latency.`,
        );
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(
        withCredits.map((tier) => ({
            label: tier.name,
            description: [tier.availability, tier.price && `${tier.price} per month`].filter(Boolean).join(' · '),
            detail: `Credits on ${tier.creditMetrics.map((metric) => (PROMPTS[metric] ?? latencyPrompt(metric)).name).join(', ')}`,
            tier,
        })),
        { title, placeHolder: 'The tier whose credit schedule applies', ignoreFocusOut: true },
    );
    return picked?.tier;
}

/** The metrics of a tier named by the caller; undefined for a tier the document lacks (the server then says so). */
async function metricsOf(
    server: SlaServer,
    document: vscode.TextDocument,
    tier: string,
): Promise<CreditMetric[] | RefusedForErrors | undefined> {
    const result = await server.tiers(document);
    if (result.kind === 'errors') return refuseForErrors(document, result.errors, 'no credit is calculated from it');
    return result.tiers.find((summary) => summary.name === tier)?.creditMetrics;
}

/** Asked only when the tier's schedule pays on more than one measurement. */
async function pickMetric(tier: string, offered: CreditMetric[] | undefined): Promise<CreditMetric | undefined> {
    if (offered === undefined || offered.length === 0) return 'availability';
    if (offered.length === 1) return offered[0];
    const picked = await vscode.window.showQuickPick(
        offered.map((metric) => {
            const ask = PROMPTS[metric] ?? latencyPrompt(metric);
            return { label: ask.label, description: ask.placeHolder, metric };
        }),
        { title: `${title}: ${tier}`, placeHolder: 'What was measured: the schedule of this tier pays on each', ignoreFocusOut: true },
    );
    return picked?.metric;
}

interface Prompt {
    /** In the tier's list of metrics and the Details output: `error rate`. */
    name: string;
    /** In the choice of metric. */
    label: string;
    prompt: string;
    placeHolder: string;
    empty: string;
}

const PROMPTS: Partial<Record<CreditMetric, Prompt>> = {
    availability: {
        name: 'availability',
        label: 'Availability or downtime',
        prompt: 'Measured availability (such as 99.2%) or downtime net of exclusions (such as 3h or 45 min)',
        placeHolder: '99.2%  or  3h',
        empty: 'Type an availability such as 99.2% or a downtime such as 3h',
    },
    'error-rate': {
        name: 'error rate',
        label: 'Error rate',
        prompt: 'Measured error rate: the share of failed requests over the period (such as 0.4%)',
        placeHolder: '0.4%',
        empty: 'Type an error rate such as 0.4%',
    },
};

/** `latency p95`: the prompt for a latency measured at that percentile. */
function latencyPrompt(metric: CreditMetric): Prompt {
    const percentile = metric.replace(/^latency /, '');
    return {
        name: `latency ${percentile}`,
        label: `Latency ${percentile}`,
        prompt: `Measured latency at ${percentile} over the period (such as 450ms or 1.2s)`,
        placeHolder: '450ms',
        empty: `Type the ${percentile} latency, such as 450ms`,
    };
}
