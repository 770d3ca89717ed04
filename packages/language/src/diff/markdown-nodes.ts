/** Markdown nodes the contract printer's helpers do not make. */
import type { Emphasis } from 'mdast';
import { text } from '../generator/markdown/mdast.js';

export function emphasis(value: string): Emphasis {
    return { type: 'emphasis', children: [text(value)] };
}
