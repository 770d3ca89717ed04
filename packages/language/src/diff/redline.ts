/**
 * The redline of the contract text: the two versions' Markdown compared clause by clause (each
 * paragraph, heading, list item and table row of the generated text is one line), and the
 * clauses that changed word by word, as lawyers mark up a draft. Section and clause numbers are
 * ordinary words here: they stay unmarked while they stay the same.
 *
 * It reads only the rendered text (the same bytes `sla build` writes), never the generator's
 * internals, so it follows the contract text wherever its wording goes.
 */
import { diffArrays } from 'diff';

export type Mark = '=' | '-' | '+';

export interface RedlineSegment {
    mark: Mark;
    text: string;
}

export interface RedlineLine {
    /** `=` unchanged, `-` deleted, `+` inserted, `~` changed within (see its segments). */
    mark: Mark | '~';
    segments: RedlineSegment[];
}

/** Lines that cannot be told apart cheaply beyond this many edits are shown deleted and inserted whole. */
const MAX_LINE_EDITS = 20_000;

/** The generated-file marker says who wrote the file, which a comparison of two versions is not. */
function contractLines(text: string): string[] {
    const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
    if (lines[0]?.startsWith('[//]: # (')) lines.splice(0, lines[1] === '' ? 2 : 1);
    return lines;
}

/**
 * A line as compared: runs of spaces and the dashes of a delimiter row count as one, because the
 * printer pads every cell of a table to its widest, and one longer figure re-pads the whole table.
 */
function lineKey(line: string): string {
    const key = line.replace(/\s+/g, ' ').trim();
    return lineKind(line) === 'delimiter' ? key.replace(/-+/g, '-') : key;
}

export function redline(oldText: string, newText: string): RedlineLine[] {
    const [olds, news] = [contractLines(oldText), contractLines(newText)];
    const [oldKeys, newKeys] = [olds.map(lineKey), news.map(lineKey)];
    const parts = diffArrays(oldKeys, newKeys, { maxEditLength: MAX_LINE_EDITS }) ?? [
        { value: oldKeys, removed: true, added: false, count: olds.length },
        { value: newKeys, removed: false, added: true, count: news.length },
    ];
    const out: RedlineLine[] = [];
    let [o, n] = [0, 0];
    let deleted: string[] = [];
    let inserted: string[] = [];
    const flush = () => {
        out.push(...pairHunk(deleted, inserted));
        deleted = [];
        inserted = [];
    };
    for (const part of parts) {
        if (part.removed) {
            deleted.push(...olds.slice(o, (o += part.count)));
        } else if (part.added) {
            inserted.push(...news.slice(n, (n += part.count)));
        } else {
            flush();
            // The same clause: shown as the new version prints it.
            for (const line of news.slice(n, n + part.count)) out.push({ mark: '=', segments: [{ mark: '=', text: line }] });
            o += part.count;
            n += part.count;
        }
    }
    flush();
    return out;
}

/**
 * Pairs each deleted line with the next inserted line of the same kind that shares at least half
 * its words (in order, so clauses never cross); those are marked word by word, the rest whole.
 */
function pairHunk(deleted: string[], inserted: string[]): RedlineLine[] {
    const out: RedlineLine[] = [];
    let next = 0;
    for (const line of deleted) {
        const match = inserted.findIndex((candidate, index) => index >= next && pairable(line, candidate));
        if (match < 0) {
            out.push(whole('-', line));
            continue;
        }
        for (; next < match; next++) out.push(whole('+', inserted[next]));
        out.push(changedLine(line, inserted[match]));
        next = match + 1;
    }
    for (; next < inserted.length; next++) out.push(whole('+', inserted[next]));
    return out;
}

function whole(mark: '-' | '+', line: string): RedlineLine {
    return { mark, segments: [{ mark, text: line }] };
}

type Kind = 'blank' | 'heading' | 'delimiter' | 'row' | 'item' | 'text';

export function lineKind(line: string): Kind {
    if (line.trim() === '') return 'blank';
    if (/^#{1,6} /.test(line)) return 'heading';
    if (/^\|(\s*:?-+:?\s*\|)+\s*$/.test(line)) return 'delimiter';
    if (line.startsWith('|')) return 'row';
    if (/^\s*([-*+]|\d+\.) /.test(line)) return 'item';
    return 'text';
}

/**
 * Words, spaces, cell separators and emphasis markers, each a token of its own, so that a change
 * never swallows a `|` or a `**`; a Markdown escape (`\|`, `\*`) stays with its character.
 */
export function tokens(line: string): string[] {
    return line.match(/\s+|\\.|\||\*+|(?:[^\s|\\*])+|\\/g) ?? [];
}

function firstCell(line: string): string {
    return (line.match(/^\|((?:\\.|[^|\\])*)\|/)?.[1] ?? '').trim();
}

function cells(line: string): number {
    return tokens(line).filter((t) => t === '|').length;
}

function pairable(a: string, b: string): boolean {
    const kind = lineKind(a);
    if (kind !== lineKind(b) || kind === 'blank' || kind === 'delimiter') return false;
    if (kind === 'row' && cells(a) !== cells(b)) return false;
    // A table row is the same clause when it is about the same thing: its first cell (tier, severity, bracket).
    if (kind === 'row' && firstCell(a) === firstCell(b)) return true;
    const words = (line: string) => tokens(line).filter((t) => /\w/.test(t));
    const [x, y] = [words(a), words(b)];
    const counts = new Map<string, number>();
    for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
    let shared = 0;
    for (const w of y) {
        const n = counts.get(w) ?? 0;
        if (n > 0) {
            shared++;
            counts.set(w, n - 1);
        }
    }
    return 2 * shared >= Math.max(x.length, y.length);
}

function changedLine(a: string, b: string): RedlineLine {
    const segments: RedlineSegment[] = [];
    const spacing = (t: string) => /^\s+$/.test(t);
    // Padding is not a change: the common parts carry the new version's spacing.
    for (const part of diffArrays(tokens(a), tokens(b), { comparator: (x, y) => x === y || (spacing(x) && spacing(y)) })) {
        const mark: Mark = part.removed ? '-' : part.added ? '+' : '=';
        const text = part.value.join('');
        const last = segments[segments.length - 1];
        if (last && last.mark === mark) last.text += text;
        else segments.push({ mark, text });
    }
    return { mark: '~', segments: mergeAcrossSpaces(segments) };
}

/**
 * `<del>1m 26s</del><ins>7m 12s</ins>` rather than `<del>1m</del><ins>7m</ins> <del>26s</del><ins>12s</ins>`:
 * changes separated only by spaces read as one change of a phrase.
 */
function mergeAcrossSpaces(segments: RedlineSegment[]): RedlineSegment[] {
    const out: RedlineSegment[] = [];
    let run: RedlineSegment[] = [];
    const flush = () => {
        // Spaces at either end of a run stay common; inside it they belong to both sides.
        while (run.length > 0 && run[run.length - 1].mark === '=') run.pop();
        if (run.length > 0) {
            const side = (mark: Mark) =>
                run
                    .filter((s) => s.mark === mark || s.mark === '=')
                    .map((s) => s.text)
                    .join('');
            const [del, ins] = [side('-'), side('+')];
            if (del.trim() !== '') out.push({ mark: '-', text: del });
            if (ins.trim() !== '') out.push({ mark: '+', text: ins });
        }
        run = [];
    };
    segments.forEach((segment, index) => {
        const spaces = segment.mark === '=' && /^\s+$/.test(segment.text);
        if (segment.mark !== '=' || (spaces && run.length > 0 && segments[index + 1] && segments[index + 1].mark !== '=')) {
            run.push(segment);
        } else {
            flush();
            out.push(segment);
        }
    });
    flush();
    return out;
}

export interface RedlineMarks {
    del: readonly [open: string, close: string];
    ins: readonly [open: string, close: string];
}

/** `<del>` and `<ins>`: struck and underlined on GitHub and in most Markdown viewers. */
export const HTML_MARKS: RedlineMarks = { del: ['<del>', '</del>'], ins: ['<ins>', '</ins>'] };

/**
 * The redline as Markdown: the new contract text with deleted words kept and marked. Marks never
 * enclose a `|` or a line's block marker (`## `, `- `), so tables, headings and lists still parse;
 * a table's delimiter row is never marked.
 */
export function redlineMarkdown(lines: readonly RedlineLine[], marks: RedlineMarks = HTML_MARKS): string {
    const out: string[] = [];
    for (const line of lines) {
        if (line.mark === '-' || line.mark === '+') {
            const text = line.segments[0].text;
            const kind = lineKind(text);
            if (kind === 'blank' || kind === 'delimiter') {
                // Only a table reshaped (a column more or less) loses its delimiter row: the old table
                // is kept whole, deleted, as a table of its own.
                out.push(text);
                continue;
            }
            const prefix = /^(#{1,6} |\s*(?:[-*+]|\d+\.) )/.exec(text)?.[0] ?? '';
            out.push(prefix + marked(line.mark, text.slice(prefix.length), marks, kind === 'row'));
        } else {
            const row = lineKind(line.segments.map((s) => s.text).join('')) === 'row';
            out.push(line.segments.map((s) => marked(s.mark, s.text, marks, row)).join(''));
        }
    }
    return separateTables(out).join('\n') + '\n';
}

/** A header row right after another table's row would be read as part of it: a blank line starts the new table. */
function separateTables(lines: string[]): string[] {
    const out: string[] = [];
    lines.forEach((line, index) => {
        const startsTable = lineKind(line) === 'row' && lineKind(lines[index + 1] ?? '') === 'delimiter';
        if (startsTable && lineKind(out[out.length - 1] ?? '') === 'row') out.push('');
        out.push(line);
    });
    return out;
}

/**
 * A run of text in its marks, cut at a table row's cell separators and at emphasis markers (which stay outside),
 * with the spaces at either end of each piece left outside too: `<del>less than 99.9%</del>`.
 */
function marked(mark: Mark, text: string, marks: RedlineMarks, tableRow: boolean): string {
    if (mark === '=') return text;
    const [open, close] = mark === '-' ? marks.del : marks.ins;
    // Cut at separators and markers, but not at an escaped one (`\|` is a character of the cell).
    const pieces: string[] = [''];
    const all = text.match(/\\[\s\S]|\||\*+|[^\\|*]+|\\/g) ?? [];
    for (const [index, token] of all.entries()) {
        // A backslash ending the line is a hard line break, not a character: it stays outside the marks.
        const lineBreak = token === '\\' && index === all.length - 1;
        if ((token === '|' && tableRow) || /^\*+$/.test(token) || lineBreak) pieces.push(token, '');
        else pieces[pieces.length - 1] += token;
    }
    return pieces
        .map((piece, index) => {
            if (index % 2 === 1) return piece;
            const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece)!;
            return body === '' ? piece : `${lead}${open}${body}${close}${trail}`;
        })
        .join('');
}
