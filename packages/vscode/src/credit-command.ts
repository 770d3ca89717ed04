/**
 * SLA: Calculate Service Credit: pick a tier, type a measured availability (`99.2%`) or a
 * downtime (`3h`), and read what `sla credits` would answer — the server runs the same code.
 *
 * Callers may pass `{ uri, tier, measurement, days }` to skip the prompts (tests do); whatever is
 * missing is asked for.
 */
import * as vscode from 'vscode';
import type { CalculateCreditResult } from 'sla-language/protocol';
import { commandArguments, fileName, targetDocument } from './document-target.js';
import { refuseForErrors, refuseInput, type InvalidInput, type RefusedForErrors } from './refusal.js';
import type { SlaServer } from './sla-server.js';

const title = 'SLA: Calculate Service Credit';

interface CreditArguments {
    uri?: vscode.Uri | string;
    tier?: string;
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

    const tier = args.tier ?? (await pickTier(server, document));
    if (tier === undefined || typeof tier === 'object') return tier;

    let measurement = args.measurement;
    for (;;) {
        measurement ??= await vscode.window.showInputBox({
            title: `${title}: ${tier}`,
            prompt: 'Measured availability (such as 99.2%) or downtime net of exclusions (such as 3h or 45 min)',
            placeHolder: '99.2%  or  3h',
            value: measurement,
            ignoreFocusOut: true,
            validateInput: (text) => (text.trim() === '' ? 'Type an availability such as 99.2% or a downtime such as 3h' : undefined),
        });
        if (measurement === undefined) return undefined;
        const result: CalculateCreditResult = await server.calculateCredit(document, tier, measurement, args.days);
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
            details.appendLine(`${fileName(document.uri)}, ${measurement}:`);
            for (const line of result.lines) details.appendLine(`  ${line}`);
            details.show(true);
        });
        return { summary: result.summary, lines: result.lines, json: result.json };
    }
}

async function pickTier(server: SlaServer, document: vscode.TextDocument): Promise<string | RefusedForErrors | undefined> {
    const result = await server.tiers(document);
    if (result.kind === 'errors') return refuseForErrors(document, result.errors, 'no credit is calculated from it');
    const withCredits = result.tiers.filter((tier) => tier.hasCredits && tier.availability !== undefined);
    if (withCredits.length === 0) {
        void vscode.window.showWarningMessage(`${title}: no tier of this agreement has an availability commitment and a credit schedule.`);
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(
        withCredits.map((tier) => ({
            label: tier.name,
            description: [tier.availability, tier.price && `${tier.price} per month`].filter(Boolean).join(' · '),
        })),
        { title, placeHolder: 'The tier whose credit schedule applies', ignoreFocusOut: true },
    );
    return picked?.label;
}
