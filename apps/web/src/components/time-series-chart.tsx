'use client';

import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

import { formatValue } from '@/client/format.ts';
import { usePreferences } from '@/client/preferences.tsx';

import { alignLines, PALETTE } from './chart-data.ts';
import type { ChartLine } from './chart-data.ts';

export type ChartMarker = { ms: number; label: string };

type Props = {
  lines: readonly ChartLine[];
  unit?: string;
  height?: number;
  /** Vertical marks, e.g. where a cold-start regression was detected. */
  markers?: readonly ChartMarker[];
  ariaLabel: string;
  /** The query window in ms: the x axis shows all of it, even where data is missing. */
  xRangeMs?: readonly [number, number];
};

const cssVar = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

const NO_MARKERS: readonly ChartMarker[] = [];

const drawMarkers = (markers: readonly ChartMarker[]) => (chart: uPlot) => {
  const ctx = chart.ctx;
  ctx.save();
  ctx.strokeStyle = cssVar('--danger');
  ctx.setLineDash([4, 4]);
  ctx.lineWidth = 2;
  for (const marker of markers) {
    const x = Math.round(chart.valToPos(marker.ms / 1000, 'x', true));
    if (x < chart.bbox.left || x > chart.bbox.left + chart.bbox.width) continue;
    ctx.beginPath();
    ctx.moveTo(x, chart.bbox.top);
    ctx.lineTo(x, chart.bbox.top + chart.bbox.height);
    ctx.stroke();
  }
  ctx.restore();
};

/** A uPlot line chart: canvas-drawn, so tens of thousands of points stay smooth. */
export const TimeSeriesChart = ({
  lines,
  unit,
  height = 220,
  markers = NO_MARKERS,
  ariaLabel,
  xRangeMs,
}: Props) => {
  const fromMs = xRangeMs?.[0];
  const toMs = xRangeMs?.[1];
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const { theme } = usePreferences();

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const axisColor = cssVar('--muted');
    const gridColor = cssVar('--grid');
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 200),
      height,
      series: [
        {},
        ...lines.map((line, index) => ({
          label: line.label,
          stroke: PALETTE[index % PALETTE.length],
          width: 1.5,
          spanGaps: false,
          value: (_: uPlot, value: number | null) => formatValue(value, unit),
        })),
      ],
      axes: [
        { stroke: axisColor, grid: { stroke: gridColor, width: 1 } },
        {
          stroke: axisColor,
          grid: { stroke: gridColor, width: 1 },
          size: 70,
          values: (_: uPlot, ticks: number[]) => ticks.map((tick) => formatValue(tick, unit)),
        },
      ],
      scales: {
        x: {
          time: true,
          ...(fromMs !== undefined && toMs !== undefined
            ? { range: (): uPlot.Range.MinMax => [fromMs / 1000, toMs / 1000] }
            : {}),
        },
      },
      legend: { show: lines.length > 0 },
      cursor: { focus: { prox: 16 } },
      hooks: { draw: [drawMarkers(markers)] },
    };
    chart.current = new uPlot(options, alignLines(lines), element);
    const resize = new ResizeObserver(() => {
      chart.current?.setSize({ width: Math.max(element.clientWidth, 200), height });
    });
    resize.observe(element);

    return () => {
      resize.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [lines, unit, height, markers, theme, fromMs, toMs]);

  return <div ref={container} className="chart" role="img" aria-label={ariaLabel} />;
};
