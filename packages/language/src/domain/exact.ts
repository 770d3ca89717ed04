/**
 * Exact rational arithmetic for the few places where a floating-point error would change an
 * outcome: credit boundaries ("below 99.9%" must not catch a measurement of exactly 99.9%) and
 * money rounded to the cent. Every number written in a document is a short decimal, so it
 * converts to a rational without loss; the arithmetic then stays exact until the final display.
 */

/** A rational number `num / den`, always reduced, with `den > 0`. */
export interface Rational {
    readonly num: bigint;
    readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError('Division by zero in exact arithmetic');
    const sign = den < 0n ? -1n : 1n;
    const g = gcd(num, den) || 1n;
    return { num: (sign * num) / g, den: (sign * den) / g };
}

/**
 * The plain decimal digits of a finite number, expanding exponent forms (`1e-7` → `0.0000001`,
 * `1e+21` → `1000000000000000000000`). Uses JavaScript's shortest round-trip representation, so
 * `99.95` stays `99.95` rather than the binary value 99.9500000000000028…
 */
export function decimalString(x: number): string {
    if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
    const text = String(x);
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
    if (!match) throw new RangeError(`Unexpected number format: ${text}`);
    const [, sign, whole, fraction = '', exp = '0'] = match;
    let digits = whole + fraction;
    let point = whole.length + Number(exp); // position of the decimal point within `digits`
    if (point <= 0) {
        digits = '0'.repeat(1 - point) + digits;
        point = 1;
    } else if (point > digits.length) {
        digits = digits + '0'.repeat(point - digits.length);
    }
    const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
    const fracPart = digits.slice(point).replace(/0+$/, '');
    return sign + intPart + (fracPart ? '.' + fracPart : '');
}

// A document repeats a handful of figures (99.9, 0.3, 86400 …) thousands of times, and each
// conversion goes through a string and BigInts; rationals are immutable, so conversions are shared.
const fromNumber = new Map<number, Rational>();
const FROM_NUMBER_LIMIT = 4096;

/** The exact value of the shortest decimal that prints as `x` (so 0.1 is exactly 1/10). */
export function rationalFromNumber(x: number): Rational {
    let exact = fromNumber.get(x);
    if (exact === undefined) {
        const text = decimalString(x);
        const [whole, fraction = ''] = text.split('.');
        exact = rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
        if (fromNumber.size >= FROM_NUMBER_LIMIT) fromNumber.clear();
        fromNumber.set(x, exact);
    }
    return exact;
}

/** `num / den` for decimal inputs, e.g. (2592000 − 2592) / 2592000; throws when `den` is 0. */
export function rationalFromFraction(num: number, den: number): Rational {
    return divideRational(rationalFromNumber(num), rationalFromNumber(den));
}

export function addRational(a: Rational, b: Rational): Rational {
    return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtractRational(a: Rational, b: Rational): Rational {
    return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiplyRational(a: Rational, b: Rational): Rational {
    return rational(a.num * b.num, a.den * b.den);
}

export function divideRational(a: Rational, b: Rational): Rational {
    return rational(a.num * b.den, a.den * b.num);
}

const HUNDRED = rational(100n);

/** `percent`% of `whole`: percent ÷ 100 × whole (99.9% of a month, 1% of the fee). */
export function percentOf(percent: Rational, whole: Rational): Rational {
    return multiplyRational(divideRational(percent, HUNDRED), whole);
}

/** `part` as a percentage of `whole`: part ÷ whole × 100. */
export function asPercentOf(part: Rational, whole: Rational): Rational {
    return multiplyRational(divideRational(part, whole), HUNDRED);
}

/** The percentage left to 100: 0.1 for 99.9. */
export function complementPercent(percent: Rational): Rational {
    return subtractRational(HUNDRED, percent);
}

export function compareRational(a: Rational, b: Rational): -1 | 0 | 1 {
    const left = a.num * b.den;
    const right = b.num * a.den;
    return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Rounds to `decimals` places, halves away from zero (the rule for money in §7.2), e.g.
 * 0.125 → 0.13 and −0.125 → −0.13.
 */
export function roundHalfAwayFromZero(r: Rational, decimals: number): Rational {
    const scale = 10n ** BigInt(decimals);
    const scaled = r.num * scale;
    const magnitude = scaled < 0n ? -scaled : scaled;
    const rounded = (2n * magnitude + r.den) / (2n * r.den);
    return rational(scaled < 0n ? -rounded : rounded, scale);
}

/** The nearest double (exact when numerator and denominator are safe integers). */
export function rationalToNumber(r: Rational): number {
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    const absNum = r.num < 0n ? -r.num : r.num;
    if (absNum <= limit && r.den <= limit) return Number(r.num) / Number(r.den);
    // Beyond 2^53 divide in decimal with 20 significant digits to spare, then let the parser
    // round once; good to the last bit in all but pathological cases.
    const extra = Math.max(0, 20 + r.den.toString().length - absNum.toString().length);
    const quotient = (r.num * 10n ** BigInt(extra)) / r.den;
    return Number(`${quotient}e-${extra}`);
}

/**
 * The exact decimal digits of a rational whose denominator has no prime factor but 2 and 5
 * (`3/250` → `0.012`); undefined for one that has no finite decimal expansion (`1/3`). Used
 * where a figure is printed for a machine to read back, such as a threshold in a Prometheus
 * rule: the digits are the value itself, never a nearest double such as 0.0009999999999999432.
 */
export function exactDecimal(r: Rational): string | undefined {
    let den = r.den;
    let twos = 0;
    let fives = 0;
    while (den % 2n === 0n) [den, twos] = [den / 2n, twos + 1];
    while (den % 5n === 0n) [den, fives] = [den / 5n, fives + 1];
    if (den !== 1n) return undefined;
    const places = Math.max(twos, fives);
    const magnitude = ((r.num < 0n ? -r.num : r.num) * 10n ** BigInt(places)) / r.den;
    const digits = magnitude.toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
    return (r.num < 0n ? '-' : '') + whole + (fraction ? '.' + fraction : '');
}
