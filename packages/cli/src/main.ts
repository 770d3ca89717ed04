import { Command, CommanderError, Option } from 'commander';
import { budget } from './commands/budget.js';
import { build } from './commands/build.js';
import { check, checkSettingOption, type CheckOptions } from './commands/check.js';
import { credits } from './commands/credits.js';
import { diff, parseDiffFormat, parseFailOn } from './commands/diff.js';
import { report } from './commands/report.js';
import { parseFormat, parseReportFormat, parsePeriodArgument, parsePositiveNumber } from './parse-arguments.js';
import { endQuietlyOnClosedPipe } from './closed-pipe.js';
// The editor's credit calculator parses percentages and durations with the same functions.
import { InputError, OUTPUT_FORMATS, parseDurationInput, parsePercentInput } from 'sla-language';
import cliPackage from '../package.json' with { type: 'json' };

/** Each action returns its exit code; wrong input throws an InputError (exit 2). */
type Action = () => Promise<number> | number;

let pending: Action | undefined;
/** The arguments as given, for the one command (`diff`) that needs to know where a `--` stood. */
let givenArguments: string[] = [];
const run = (action: Action) => {
    pending = action;
};

const formatOption = () => new Option('--format <format>', 'output format: text or json').default('text').argParser(parseFormat);

export const program = new Command('sla')
    .description('Check service level agreements, calculate credits and downtime budgets.')
    .version(cliPackage.version, '-V, --version', 'print the version of sla')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text.startsWith('error: ') ? `sla: ${text.slice(7)}` : text) });

program
    .command('check')
    .description('report every diagnostic of the given files and folders (.sla files, recursively)')
    .argument('<paths...>', '.sla files or folders')
    .addOption(formatOption())
    .addOption(checkSettingOption('capRange', 'min-max', 'common range of caps in % of the monthly fee (default 25-50)'))
    .addOption(checkSettingOption('headroomFactor', 'factor', 'latency target needed over the observed figure (default 1.5)'))
    .addOption(checkSettingOption('ninesThreshold', 'percent', 'availability reported as unrealistic from (default 99.999)'))
    .addOption(
        checkSettingOption('fourNinesThreshold', 'percent', 'availability needing multi-region, failover and on-call from (default 99.99)'),
    )
    .addOption(checkSettingOption('unstaffedResponseLimit', 'duration', '24x7 responses faster than this need on-call 24x7 (default 2h)'))
    .action((paths: string[], options: CheckOptions) => run(() => check(paths, options)));

program
    .command('budget')
    .description('the downtime an availability figure allows per day, week, period and year')
    .argument('<availability>', 'an availability such as 99.95%')
    .addOption(new Option('--period <period>', 'monthly, quarterly or yearly').default('monthly').argParser(parsePeriodArgument))
    .addOption(formatOption())
    .action((availability: string, options) => run(() => budget(parsePercentInput(availability), options)));

program
    .command('credits')
    .description('the service credit for a measured availability, downtime, latency or error rate in one tier')
    .argument('<file>', 'the .sla file')
    .requiredOption('--tier <name>', 'the tier')
    .option('--service <name>', 'a service the agreement declares: its commitment and schedule in the tier')
    .option('--availability <percent>', 'measured availability, such as 99.2%', (text) => parsePercentInput(text, '--availability'))
    .option('--downtime <duration>', 'downtime net of exclusions, such as 3h or 45min', (text) => parseDurationInput(text, '--downtime'))
    .option('--latency <percentile=duration>', 'measured latency at a percentile, such as p95=450ms')
    .option('--error-rate <percent>', 'measured share of failed requests over the period, such as 0.4%', (text) =>
        parsePercentInput(text, '--error-rate', '0.4%'),
    )
    .addOption(new Option('--rpo <duration>').hideHelp())
    .addOption(new Option('--rto <duration>').hideHelp())
    .option('--days <days>', "length of the period in days (default: 30, 91 or 365 by the agreement's period)", (text) =>
        parsePositiveNumber(text, '--days'),
    )
    .addOption(formatOption())
    .action((file: string, options) => run(() => credits(file, options)));

program
    .command('report')
    .description('attainment and credits owed per period and tier, from an incident log, per-minute samples or Prometheus')
    .argument('<file>', 'the .sla file')
    .option('--incidents <log.csv>', 'incident log: start,end (ISO 8601 with an offset), optional service,kind,id,note')
    .option('--samples <file.csv>', 'per-minute samples: time,service,good (good from 0 to 1)')
    .option('--prometheus <url>', 'a Prometheus server, read with query_range at a 1-minute step')
    .option('--query <promql>', 'with --prometheus: per minute, the share of good (0..1); by default the SLI each service declares')
    .addOption(
        new Option('--timeout <seconds>', 'with --prometheus: how long one request may take')
            .default(30_000, '30')
            .argParser((text) => parsePositiveNumber(text, '--timeout') * 1000),
    )
    .option('--tier <name>', 'only this tier (repeatable; default: every tier)', (name: string, names: string[] = []) => [...names, name])
    .option('--from <date>', "first day to report, in the agreement's time zone (whole periods are reported)")
    .option('--to <date>', 'last day to report (inclusive)')
    .addOption(new Option('--format <format>', 'text, markdown, json or csv').default('text').argParser((text) => parseReportFormat(text)))
    .option('--out <file>', 'write the report to this file (whole or not at all) instead of standard output')
    .option('--fail-on-breach', 'exit 1 when a commitment was missed (for CI and cron)')
    .action((file: string, options) => run(() => report(file, options)));

program
    .command('build')
    .description('write the outputs of each file: by default its JSON and its contract text (Markdown)')
    .argument('<files...>', '.sla files (or folders of them)')
    .option('--format <names>', `the outputs to write, comma-separated: ${outputFormatList()}, or all`, collect, [] as string[])
    .option('--json', 'the same as --format json')
    .option('--markdown', 'the same as --format markdown')
    .option('--out <dir>', "the folder to write to (default: each file's own folder)")
    .option('--force', 'overwrite existing files that sla did not write (without it, such a file stops the build)')
    .option(
        '--lang <code>',
        "the contract text's language: en, id, ru or zh, or two for a bilingual edition (en,id); default: the document's `language`, else en",
    )
    .action((files: string[], options) => run(() => build(files, options)));

program
    .command('diff')
    .description('what changed between two versions of an agreement, in legal and financial terms')
    .usage('[options] <old.sla> <new.sla>\n       sla diff [options] <revision> [<revision>] -- <file.sla>')
    .argument('<versions...>', 'two .sla files, or git revisions followed by -- and a file')
    .addOption(
        new Option('--format <format>', 'text, markdown, json, or redline (the contract text marked up)')
            .default('text')
            .argParser(parseDiffFormat),
    )
    .addOption(
        new Option('--fail-on <kind>', 'exit 1 on a customer-unfavourable, provider-unfavourable or any change').argParser(parseFailOn),
    )
    .option('--deviations', 'the old version is the standard offering: list what a deal desk must approve')
    .action((versions: string[], options) => {
        // Commander drops the `--`; where it stood tells two files from revisions and a file.
        const dashes = givenArguments.indexOf('--', givenArguments.indexOf('diff'));
        const files = dashes < 0 ? undefined : givenArguments.slice(dashes + 1);
        run(() => diff(files === undefined ? versions : versions.slice(0, versions.length - files.length), files, options));
    });

/** `--format` may be given more than once: `--format json --format markdown`. */
function collect(value: string, previous: string[]): string[] {
    return [...previous, value];
}

/** `json (<stem>.json), markdown (<stem>.md)`: each format's name and the file it writes. */
function outputFormatList(): string {
    return OUTPUT_FORMATS.map((format) => `${format.name} (<stem>${format.extension})`).join(', ');
}

/** Runs the command line and returns the exit code; never lets a stack trace reach the user. */
export async function main(argv: string[]): Promise<number> {
    try {
        pending = undefined;
        givenArguments = argv;
        await program.parseAsync(argv, { from: 'user' });
        const action = pending as Action | undefined;
        return action ? await action() : 0;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version are not errors; every other parse failure is wrong input.
            return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.help' ? 0 : 2;
        }
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`sla: ${message}\n`);
        // Only wrong input is the person's to fix (exit 2); anything else is a fault of sla (exit 70).
        return error instanceof InputError ? 2 : 70;
    }
}

endQuietlyOnClosedPipe();
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
