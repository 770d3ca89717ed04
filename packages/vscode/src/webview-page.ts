/**
 * The page of a preview: no script at all, a Content-Security-Policy that allows only the
 * extension's own stylesheets, and the body given (HTML the caller has escaped).
 */
import * as vscode from 'vscode';
import { escapeHtml } from './render-markdown.js';

export function webviewPage(
    webview: vscode.Webview,
    extensionUri: vscode.Uri,
    title: string,
    stylesheets: readonly string[],
    body: string,
): string {
    const links = stylesheets
        .map(
            (name) => `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name)).toString()}">`,
        )
        .join('\n');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${links}
<title>${escapeHtml(title)}</title>
</head>
<body>
${body}
</body>
</html>`;
}
