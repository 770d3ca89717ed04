/**
 * The server's own requests, typed. Each first makes sure the server has the document open (a
 * command from the explorer can name a file no editor shows) and sends the version the editor
 * holds, so the answer is about the text on screen.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    CalculateCreditRequestMethod,
    CreditReportRequestMethod,
    CompareRequestMethod,
    GenerateRequestMethod,
    TiersRequestMethod,
    type CalculateCreditParams,
    type CreditMetric,
    type CalculateCreditResult,
    type CreditReportParams,
    type CreditReportResult,
    type CompareParams,
    type CompareResult,
    type GenerateParams,
    type GenerateResult,
    type SlaOutputFormat,
    type TiersResult,
} from 'sla-language/protocol';

export class SlaServer {
    constructor(private readonly client: BaseLanguageClient) {}

    generate(document: vscode.TextDocument, format: SlaOutputFormat, token?: vscode.CancellationToken): Promise<GenerateResult> {
        // The contract text's language from the settings (`sla.contract.language`); empty: the document's own.
        const languages = vscode.workspace.getConfiguration('sla', document.uri).get<string>('contract.language', '').trim();
        const params: GenerateParams = { textDocument: this.reference(document), format, ...(languages ? { languages } : {}) };
        return this.request(GenerateRequestMethod, params, token);
    }

    tiers(document: vscode.TextDocument): Promise<TiersResult> {
        return this.request(TiersRequestMethod, { textDocument: this.reference(document) });
    }

    calculateCredit(
        document: vscode.TextDocument,
        tier: string,
        measurement: string,
        days?: number,
        metric?: CreditMetric,
    ): Promise<CalculateCreditResult> {
        const params: CalculateCreditParams = {
            textDocument: this.reference(document),
            tier,
            ...(metric === undefined ? {} : { metric }),
            measurement,
            ...(days === undefined ? {} : { days }),
        };
        return this.request(CalculateCreditRequestMethod, params);
    }

    creditReport(document: vscode.TextDocument, logName: string, logText: string): Promise<CreditReportResult> {
        const params: CreditReportParams = { textDocument: this.reference(document), logName, logText };
        return this.request(CreditReportRequestMethod, params);
    }

    compare(document: vscode.TextDocument, oldText: string, oldLabel: string, deviations: boolean): Promise<CompareResult> {
        const params: CompareParams = { textDocument: this.reference(document), old: { text: oldText, label: oldLabel }, deviations };
        return this.request(CompareRequestMethod, params);
    }

    private reference(document: vscode.TextDocument): { uri: string; version: number } {
        return { uri: this.client.code2ProtocolConverter.asUri(document.uri), version: document.version };
    }

    private async request<R>(method: string, params: object, token?: vscode.CancellationToken): Promise<R> {
        if (!this.client.isRunning()) {
            await waitUntilRunning(this.client);
        }
        return this.client.sendRequest<R>(method, params, token);
    }
}

function waitUntilRunning(client: BaseLanguageClient): Promise<void> {
    return new Promise((resolve) => {
        const listener = client.onDidChangeState(() => {
            if (client.isRunning()) {
                listener.dispose();
                resolve();
            }
        });
        if (client.isRunning()) {
            listener.dispose();
            resolve();
        }
    });
}
