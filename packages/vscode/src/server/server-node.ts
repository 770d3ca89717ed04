// The language server process that the desktop client forks (IPC); the same server as `sla-language-server`.
import { startNodeLanguageServer } from 'sla-language/server';

startNodeLanguageServer();
