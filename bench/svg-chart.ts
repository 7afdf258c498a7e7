/** Line charts as a hand-written SVG string: x on a log scale (corpus size), y linear from zero. */

export interface Series {
  name: string;
  /** [x, y] pairs; points with an unknown y are left out. */
  points: [number, number][];
}

export interface Panel {
  title: string;
  series: Series[];
  /** Placement of the plotting area inside the picture. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Draw the legend to the right of the plotting area. */
  legend?: boolean;
}

const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (n: number) => Math.round(n * 10) / 10;

/** Up to about six round tick values from 0 to at least max. */
function linearTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  const ticks = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

function sizeLabel(n: number): string {
  return n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n);
}

function panelSvg(panel: Panel): string {
  const { left, top, width, height } = panel;
  const xs = panel.series.flatMap((s) => s.points.map(([x]) => x));
  const ys = panel.series.flatMap((s) => s.points.map(([, y]) => y));
  if (xs.length === 0) {
    return `<text x="${left + width / 2}" y="${top + height / 2}" text-anchor="middle">${escape(panel.title)}: no data</text>`;
  }
  const [minLog, maxLog] = [Math.floor(Math.log10(Math.min(...xs))), Math.ceil(Math.log10(Math.max(...xs)))];
  const span = Math.max(1, maxLog - minLog);
  const yTicks = linearTicks(Math.max(...ys));
  const yMax = yTicks.at(-1)!;
  const px = (x: number) => round(left + ((Math.log10(x) - minLog) / span) * width);
  const py = (y: number) => round(top + height - (y / yMax) * height);

  const parts = [`<text x="${left}" y="${top - 12}" font-weight="bold">${escape(panel.title)}</text>`];
  for (let d = minLog; d <= minLog + span; d++) {
    const x = px(10 ** d);
    parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + height}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${x}" y="${top + height + 16}" text-anchor="middle">${sizeLabel(10 ** d)}</text>`);
  }
  for (const t of yTicks) {
    const y = py(t);
    parts.push(`<line x1="${left}" y1="${y}" x2="${left + width}" y2="${y}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${left - 6}" y="${y + 4}" text-anchor="end">${t}</text>`);
  }
  parts.push(`<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="none" stroke="#999"/>`);
  parts.push(`<text x="${left + width / 2}" y="${top + height + 34}" text-anchor="middle">articles (log scale)</text>`);
  panel.series.forEach((series, i) => {
    const color = COLORS[i % COLORS.length];
    const points = series.points.map(([x, y]) => `${px(x)},${py(y)}`);
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const [x, y] of series.points) parts.push(`<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="${color}"/>`);
    if (panel.legend) {
      const ly = top + 10 + i * 18;
      parts.push(`<line x1="${left + width + 16}" y1="${ly}" x2="${left + width + 36}" y2="${ly}" stroke="${color}" stroke-width="2"/>`);
      parts.push(`<text x="${left + width + 42}" y="${ly + 4}">${escape(series.name)}</text>`);
    }
  });
  return parts.join('\n');
}

/** Notes (such as sizes that failed) are written one per line along the bottom edge. */
export function chartSvg(width: number, height: number, panels: Panel[], notes: string[] = []): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    ...panels.map(panelSvg),
    ...notes.map((note, i) => `<text x="10" y="${height - 10 - (notes.length - 1 - i) * 16}" fill="#b00">${escape(note)}</text>`),
    '</svg>',
    '',
  ].join('\n');
}
