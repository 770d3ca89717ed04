/**
 * The chart of a statement: the error budget burned day by day in one period, one line per tier,
 * against the budget line at 100%. Drawn as SVG text in-process (no browser, no canvas), with
 * every coordinate rounded to a tenth so that the same report always gives the same bytes.
 */

export interface BurnSeries {
    name: string;
    /** Cumulative percent of the budget at the end of each day. */
    values: number[];
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 56;
const RIGHT = 150;
const TOP = 30;
const BOTTOM = 40;
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f'];

function xml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const r = (v: number) => (Math.round(v * 10) / 10).toString();

/** `days` are the dates of the period (`2026-02-01` …); every series has one value per day. */
export function burnChartSvg(title: string, days: readonly string[], series: readonly BurnSeries[]): string {
    const finite = series.flatMap((s) => s.values.filter(Number.isFinite));
    const top = Math.max(110, ...finite.map((v) => v * 1.05));
    const plotW = WIDTH - LEFT - RIGHT;
    const plotH = HEIGHT - TOP - BOTTOM;
    const x = (i: number) => LEFT + (days.length <= 1 ? plotW : (i / (days.length - 1)) * plotW);
    const y = (v: number) => TOP + plotH - (Math.min(Number.isFinite(v) ? v : top, top) / top) * plotH;
    const step = niceStep(top);
    const parts: string[] = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
        `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
        `<text x="${LEFT}" y="18" font-size="13" font-weight="bold">${xml(title)}</text>`,
    ];
    for (let v = 0; v <= top; v += step) {
        parts.push(`<line x1="${LEFT}" y1="${r(y(v))}" x2="${LEFT + plotW}" y2="${r(y(v))}" stroke="#e0e0e0"/>`);
        parts.push(`<text x="${LEFT - 6}" y="${r(y(v) + 4)}" text-anchor="end">${v}%</text>`);
    }
    parts.push(`<line x1="${LEFT}" y1="${TOP + plotH}" x2="${LEFT + plotW}" y2="${TOP + plotH}" stroke="#333333"/>`);
    const labelled = days.length <= 1 ? [0] : [0, Math.floor((days.length - 1) / 2), days.length - 1];
    for (const i of labelled) {
        parts.push(`<text x="${r(x(i))}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle">${xml(days[i] ?? '')}</text>`);
    }
    parts.push(
        `<line x1="${LEFT}" y1="${r(y(100))}" x2="${LEFT + plotW}" y2="${r(y(100))}" stroke="#d62728" stroke-dasharray="6 4" stroke-width="1.5"/>`,
    );
    parts.push(`<text x="${LEFT + plotW + 8}" y="${r(y(100) + 4)}" fill="#d62728">budget (100%)</text>`);
    series.forEach((s, index) => {
        const color = COLORS[index % COLORS.length];
        const points = s.values.map((v, i) => `${r(x(i))},${r(y(v))}`).join(' ');
        parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${points}"/>`);
        const ly = TOP + 16 + index * 16;
        parts.push(
            `<line x1="${LEFT + plotW + 8}" y1="${ly + 20}" x2="${LEFT + plotW + 24}" y2="${ly + 20}" stroke="${color}" stroke-width="2"/>`,
        );
        parts.push(`<text x="${LEFT + plotW + 28}" y="${ly + 24}">${xml(s.name)}</text>`);
    });
    parts.push(`<text x="${LEFT}" y="${HEIGHT - 6}" fill="#555555">error budget burned, cumulative, by day</text>`);
    parts.push('</svg>');
    return parts.join('\n') + '\n';
}

function niceStep(top: number): number {
    const raw = top / 5;
    const power = 10 ** Math.floor(Math.log10(raw));
    return [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

/** The SVG as a `data:` URL for a Markdown image: the statement stays one self-contained file. */
export function svgDataUrl(svg: string): string {
    const bytes = new TextEncoder().encode(svg);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return `data:image/svg+xml;base64,${btoa(binary)}`;
}
