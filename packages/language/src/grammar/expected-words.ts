import { GrammarAST, type Grammar } from 'langium';

/**
 * The words that may stand at a place of the grammar, for messages: "Expected one of `period`,
 * `probe`, … or `}`" instead of chevrotain's "Expected `}`" when an unknown word stands where a
 * block's next clause could start. Computed from the grammar itself, so new clauses are listed as
 * soon as they exist.
 */

/** Keywords and terminal names that can start the element. */
function firstWords(element: GrammarAST.AbstractElement, seen = new Set<GrammarAST.AbstractRule>()): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAssignment(element)) return firstWords(element.terminal, seen);
    if (GrammarAST.isCrossReference(element)) {
        return element.terminal ? firstWords(element.terminal, seen) : ['ID'];
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!rule) return [];
        if (GrammarAST.isTerminalRule(rule)) return [rule.name];
        if (seen.has(rule) || !GrammarAST.isParserRule(rule)) return [];
        seen.add(rule);
        return firstWords(rule.definition, seen);
    }
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        return element.elements.flatMap((inner) => firstWords(inner, seen));
    }
    if (GrammarAST.isGroup(element)) {
        const words: string[] = [];
        for (const inner of element.elements) {
            words.push(...firstWords(inner, seen));
            if (!isOptional(inner)) break;
        }
        return words;
    }
    return [];
}

function isOptional(element: GrammarAST.AbstractElement): boolean {
    return element.cardinality === '?' || element.cardinality === '*' || GrammarAST.isAction(element);
}

/** Each element of a group, with the elements that precede it in reading order. */
function* groupsWith(element: GrammarAST.AbstractElement): Generator<GrammarAST.Group> {
    if (GrammarAST.isGroup(element)) yield element;
    const inner = (element as { elements?: GrammarAST.AbstractElement[] }).elements ?? [];
    for (const child of inner) yield* groupsWith(child);
    const terminal = (element as { terminal?: GrammarAST.AbstractElement }).terminal;
    if (terminal) yield* groupsWith(terminal);
}

export class ExpectedWords {
    private readonly cache = new Map<string, string[] | undefined>();

    constructor(private readonly grammar: Grammar) {}

    /**
     * In rule `ruleName`, where `expected` closes a repetition (a block's `}`), the words that
     * could also have come: those that start another round of the repetition, then `expected`.
     * Undefined when `expected` follows no repetition there.
     */
    beforeKeyword(ruleName: string, expected: string): string[] | undefined {
        const key = `${ruleName}\u0000${expected}`;
        if (!this.cache.has(key)) this.cache.set(key, this.compute(ruleName, expected));
        return this.cache.get(key);
    }

    private compute(ruleName: string, expected: string): string[] | undefined {
        const rule = this.grammar.rules.find((candidate) => candidate.name === ruleName);
        if (!rule || !GrammarAST.isParserRule(rule)) return undefined;
        for (const group of groupsWith(rule.definition)) {
            const index = group.elements.findIndex((element) => GrammarAST.isKeyword(element) && element.value === expected);
            if (index <= 0) continue;
            const words: string[] = [];
            for (let i = index - 1; i >= 0; i--) {
                const element = group.elements[i];
                if (element.cardinality !== '*' && element.cardinality !== '+' && element.cardinality !== '?') break;
                words.unshift(...firstWords(element));
            }
            if (words.length > 0) return [...new Set([...words, expected])];
        }
        return undefined;
    }
}
