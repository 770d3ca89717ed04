import { startNodeLanguageServer } from 'sla-language/server';

// `sla-language-server --stdio`: the transport flags are read by vscode-languageserver itself.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(
        'Usage: sla-language-server --stdio | --node-ipc | --socket=PORT\n\nThe SLA language server, for any LSP client.\n',
    );
} else {
    startNodeLanguageServer();
}
