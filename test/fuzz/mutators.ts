import type { Random } from './prng.js';
import { join, tokenize, type Token } from './tokens.js';

/**
 * Token-level mutations of a valid document: the inputs an editor sees while someone types,
 * pastes or deletes, plus the hostile ones (extreme numbers, control characters, hidden text).
 */

/** Characters that break structure when inserted anywhere. */
export const STRAY = ['{', '}', '%', '"', '/*', '*/', '//', '\\', ',', '-', ':', '.', '(', ')'];

export const EXTREME_NUMBERS = [
    '1e309',
    '-0',
    '0',
    '-1',
    '99.99999999999',
    '100000000000000000000000',
    '0.0000000000000001',
    '9'.repeat(400),
    '1'.padEnd(310, '0'),
    '00000099.9',
    '4294967296',
    '9007199254740993',
    '1.',
    '.5',
    '1..2',
];

export const EXTREME_PERCENTS = [
    '99.99999999999%',
    '100000000000000000000000%',
    '-0%',
    '-0.0%',
    '0%',
    '100%',
    '100.0000000001%',
    '-100%',
    '1e309%',
    `${'9'.repeat(400)}%`,
    '%',
    '99.9%%',
    '-%',
];

/** Hostile characters: NUL, emoji, lone surrogates, bidi and zero-width controls, odd line breaks. */
export const HOSTILE = [
    '\u0000',
    '😀',
    '👨‍👩‍👧',
    '\uD800',
    '\uDFFF',
    '\uDBFF\uDFFF',
    '\u202E',
    '\u202A',
    '\u2066',
    '\u2069',
    '\u200E',
    '\u200F',
    '\u061C',
    '\u200B',
    '\u200D',
    '\u2060',
    '\uFEFF',
    '\r',
    '\r\n',
    '\u2028',
    '\u2029',
    '\u000B',
    '\u000C',
    '\u0085',
    '\t',
    '\u00A0',
    'é',
    'ß',
    'İ',
];

export const KEYWORDS = [
    'sla',
    'provider',
    'customer',
    'effective',
    'term',
    'currency',
    'scope',
    'measurement',
    'period',
    'probe',
    'every',
    'from',
    'downtime',
    'maintenance',
    'capabilities',
    'observed',
    'availability',
    'latency',
    'severities',
    'exclusions',
    'tier',
    'extends',
    'price',
    'per',
    'month',
    'support',
    'response',
    'within',
    'resolution',
    'escalation',
    'after',
    'credits',
    'credit',
    'when',
    'below',
    'above',
    'at',
    'least',
    'most',
    'and',
    'cap',
    'of',
    'monthly',
    'fee',
    'claims',
    'window',
    'applied-to',
    'verification',
    'm',
    'ms',
    'h',
    'p95',
    'p99.9',
    '24x7',
    'UTC',
    'customer-local',
    '09:00-17:00',
    '2026-02-30',
    '99:99',
    'multi-region',
];

export interface Mutation {
    name: string;
    /** `donor`: the tokens of another document, for cross-over. */
    apply(tokens: Token[], random: Random, donor: readonly Token[]): Token[];
}

const solid = (tokens: readonly Token[]) => tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.kind !== 'space');
const at = (tokens: Token[], random: Random) => {
    const candidates = solid(tokens);
    return candidates.length ? random.pick(candidates).index : -1;
};
const raw = (text: string): Token => ({ kind: 'other', text });
const insertAt = (tokens: Token[], index: number, inserted: Token[]) => [...tokens.slice(0, index), ...inserted, ...tokens.slice(index)];
const ofKind = (tokens: Token[], predicate: (token: Token) => boolean) =>
    tokens.map((token, index) => ({ token, index })).filter(({ token }) => predicate(token));

export const mutations: Mutation[] = [
    {
        name: 'delete',
        apply: (tokens, random) => {
            const i = at(tokens, random);
            return i < 0 ? tokens : tokens.filter((_, j) => j !== i);
        },
    },
    {
        name: 'duplicate',
        apply: (tokens, random) => {
            const i = at(tokens, random);
            return i < 0 ? tokens : insertAt(tokens, i, [tokens[i], raw(' ')]);
        },
    },
    {
        name: 'swap',
        apply: (tokens, random) => {
            const a = at(tokens, random);
            const b = random.chance(0.5) ? Math.min(tokens.length - 1, a + 2) : at(tokens, random);
            if (a < 0 || b < 0) return tokens;
            const copy = [...tokens];
            [copy[a], copy[b]] = [copy[b], copy[a]];
            return copy;
        },
    },
    { name: 'stray', apply: (tokens, random) => insertAt(tokens, random.int(tokens.length + 1), [raw(random.pick(STRAY))]) },
    {
        name: 'number',
        apply: (tokens, random) => {
            const numbers = ofKind(tokens, (t) => t.kind === 'number');
            if (!numbers.length) return tokens;
            const { token, index } = random.pick(numbers);
            const copy = [...tokens];
            copy[index] = raw(token.text.endsWith('%') ? random.pick(EXTREME_PERCENTS) : random.pick(EXTREME_NUMBERS));
            return copy;
        },
    },
    {
        name: 'hostile',
        apply: (tokens, random) => {
            // Inside a string or comment half of the time: that is where hidden text hides.
            const texts = ofKind(tokens, (t) => t.kind === 'string' || t.kind === 'comment');
            const char = random.pick(HOSTILE);
            if (texts.length && random.chance(0.5)) {
                const { token, index } = random.pick(texts);
                const cut = 1 + random.int(Math.max(1, token.text.length - 1));
                const copy = [...tokens];
                copy[index] = { kind: token.kind, text: token.text.slice(0, cut) + char + token.text.slice(cut) };
                return copy;
            }
            return insertAt(tokens, random.int(tokens.length + 1), [raw(char)]);
        },
    },
    {
        name: 'keyword',
        apply: (tokens, random) => {
            const i = at(tokens, random);
            if (i < 0) return tokens;
            const copy = [...tokens];
            copy[i] = raw(random.pick(KEYWORDS));
            return copy;
        },
    },
    { name: 'truncate', apply: (tokens, random) => tokens.slice(0, random.int(tokens.length + 1)) },
    {
        name: 'duplicate-range',
        apply: (tokens, random) => {
            const a = random.int(tokens.length + 1);
            const b = Math.min(tokens.length, a + random.between(1, 60));
            return insertAt(tokens, b, tokens.slice(a, b));
        },
    },
    {
        name: 'delete-range',
        apply: (tokens, random) => {
            const a = random.int(tokens.length + 1);
            return [...tokens.slice(0, a), ...tokens.slice(a + random.between(1, 40))];
        },
    },
    {
        name: 'line-endings',
        apply: (tokens, random) => {
            const ending = random.pick(['\r\n', '\r', '\n\r', '\u2028']);
            return tokens.map((t) =>
                t.kind === 'space' && t.text.includes('\n') && random.chance(0.5) ? { ...t, text: t.text.replace(/\n/g, ending) } : t,
            );
        },
    },
    {
        name: 'nest',
        apply: (tokens, random) => {
            const depth = random.between(2, 400);
            return insertAt(tokens, random.int(tokens.length + 1), [raw(random.pick(['{', '}', '{}', '"', '/*']).repeat(depth))]);
        },
    },
    {
        // Another word of the same document: names collide, tiers extend themselves, keywords land in name slots.
        name: 'word',
        apply: (tokens, random) => {
            const words = ofKind(tokens, (t) => t.kind === 'word');
            if (words.length < 2) return tokens;
            const copy = [...tokens];
            copy[random.pick(words).index] = random.pick(words).token;
            return copy;
        },
    },
    {
        // A run of another document's tokens: clauses where they do not belong, blocks inside blocks.
        name: 'splice',
        apply: (tokens, random, donor) => {
            if (donor.length === 0) return tokens;
            const from = random.int(donor.length);
            return insertAt(tokens, random.int(tokens.length + 1), donor.slice(from, from + random.between(1, 80)));
        },
    },
    {
        name: 'unquote',
        apply: (tokens, random) => {
            const strings = ofKind(tokens, (t) => t.kind === 'string');
            if (!strings.length) return tokens;
            const { token, index } = random.pick(strings);
            const copy = [...tokens];
            copy[index] = raw(random.chance(0.5) ? token.text.slice(0, -1) : token.text.slice(1));
            return copy;
        },
    },
];

export interface Mutated {
    text: string;
    applied: string[];
}

/** One to `maxMutations` random mutations of the text, named so that a failure says what was done. */
export function mutate(text: string, random: Random, maxMutations = 4, donorText = ''): Mutated {
    let tokens = tokenize(text);
    const donor = tokenize(donorText);
    const applied: string[] = [];
    const count = random.between(1, maxMutations);
    for (let i = 0; i < count; i++) {
        const mutation = random.pick(mutations);
        tokens = mutation.apply(tokens, random, donor);
        applied.push(mutation.name);
    }
    return { text: join(tokens), applied };
}

/** Text that is legal inside a string but hard on whatever prints it: Markdown, HTML, JSON, terminals. */
export const HOSTILE_TEXT = [
    '# heading | a|b `code` <script>alert(1)</script> [x](javascript:y) *a* _b_ ~~c~~ $x$',
    '\\"quoted\\" and back\\\\slash',
    '\u202Eenilno\u202C',
    'zero\u200Bwidth',
    '👨‍👩‍👧 🏳️‍🌈',
    '日本語 العربية Ελληνικά',
    '',
    ' ',
    'x'.repeat(5000),
    '\u0000',
    '\uD800',
    '%s %d {0} ${x}',
    '1. not a list',
    '> not a quote',
    '---',
    '| | |',
    '<!-- -->',
    '&amp; &#65;',
    'line\u2028separator',
];

/**
 * Mutations that keep a valid document valid (text inside strings and comments, figures that stay
 * in range, a price of any size), so that the generators and the clean-document paths see odd
 * input too: most documents of the other mutations have errors and are never compiled.
 */
export const gentleMutations: Mutation[] = [
    {
        name: 'string-text',
        apply: (tokens, random) => {
            const strings = ofKind(tokens, (t) => t.kind === 'string');
            if (!strings.length) return tokens;
            const copy = [...tokens];
            copy[random.pick(strings).index] = { kind: 'string', text: `"${random.pick(HOSTILE_TEXT)}"` };
            return copy;
        },
    },
    {
        name: 'comment-text',
        apply: (tokens, random) => {
            const spaces = ofKind(tokens, (t) => t.kind === 'space');
            if (!spaces.length) return tokens;
            const text = random.pick(HOSTILE_TEXT).replace(/\*\//g, '');
            return insertAt(tokens, random.pick(spaces).index, [
                raw(random.chance(0.5) ? ` /* ${text} */ ` : ` // ${text.replace(/[\r\n\u2028\u2029]/g, '')}\n`),
            ]);
        },
    },
    {
        name: 'price',
        apply: (tokens, random) => {
            const prices = tokens
                .map((t, i) => ({ t, i }))
                .filter(({ i }) => tokens[i - 2]?.text === 'price' && tokens[i].kind === 'number');
            if (!prices.length) return tokens;
            const copy = [...tokens];
            copy[random.pick(prices).i] = raw(
                random.pick(['0', '0.01', '1', '99999999999999999999', '123456789.123456789', '1'.padEnd(310, '0')]),
            );
            return copy;
        },
    },
];

/** One to three gentle mutations. */
export function mutateGently(text: string, random: Random): Mutated {
    let tokens = tokenize(text);
    const applied: string[] = [];
    for (let i = random.between(1, 3); i > 0; i--) {
        const mutation = random.pick(gentleMutations);
        tokens = mutation.apply(tokens, random, []);
        applied.push(mutation.name);
    }
    return { text: join(tokens), applied };
}
