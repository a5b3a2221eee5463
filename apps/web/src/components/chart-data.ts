import type uPlot from 'uplot';

export type ChartLine = { label: string; points: [number, number | null][] };

/**
 * uPlot wants one shared x axis (seconds) and one y array per line, with null where a line
 * has no point at that time.
 */
export const alignLines = (lines: readonly ChartLine[]): uPlot.AlignedData => {
  const times = new Set<number>();
  for (const line of lines) for (const [ms] of line.points) times.add(ms);
  const xs = [...times].sort((a, b) => a - b);
  const index = new Map(xs.map((ms, i) => [ms, i]));
  const ys = lines.map((line) => {
    const values: (number | null)[] = new Array<number | null>(xs.length).fill(null);
    for (const [ms, value] of line.points) values[index.get(ms) ?? 0] = value;
    return values;
  });

  return [xs.map((ms) => ms / 1000), ...ys];
};

/** Distinct in both themes and for the common colour-vision deficiencies (Okabe–Ito). */
export const PALETTE = [
  '#56b4e9',
  '#e69f00',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#999999',
];
