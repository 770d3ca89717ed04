import { expect, it } from 'vitest';
import { memoized } from '../../packages/language/src/model/memoized.js';

it('computes once per key object, and again for another key', () => {
    const seen: object[] = [];
    const size = memoized((key: { items: number[] }) => {
        seen.push(key);
        return key.items.length;
    });
    const [a, b] = [{ items: [1, 2] }, { items: [1, 2] }];
    expect([size(a), size(a), size(b), size(a)]).toEqual([2, 2, 2, 2]);
    expect(seen).toEqual([a, b]);
    expect(seen[0]).toBe(a);
    expect(seen[1]).toBe(b);
});

it('keeps a result that is undefined instead of computing it again', () => {
    let calls = 0;
    const nothing = memoized((_key: object) => {
        calls++;
        return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
});
