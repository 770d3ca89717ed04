/**
 * `compute` made to run once per key object, its result kept as long as the key lives. Syntax
 * trees and the data made from them are rebuilt on every change, never changed in place, so a
 * result cached per node is never stale.
 */
export function memoized<K extends object, V>(compute: (key: K) => V): (key: K) => V {
    const cache = new WeakMap<K, V>();
    return (key) => {
        if (cache.has(key)) return cache.get(key)!;
        const value = compute(key);
        cache.set(key, value);
        return value;
    };
}
