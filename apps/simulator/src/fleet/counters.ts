import type { FleetContext } from './context.ts';
import { hourlyOf, hourOf } from './load.ts';
import { lastStartAt, LEAD_MS } from './lifecycle.ts';
import { HOUR_MS, SECOND_MS } from './time.ts';
import type { EntityBase } from './types.ts';

/** Counted streams every entity has: requests, failed requests, cold starts. */
export type StreamName = 'requests' | 'errors' | 'cold';

type Table = { startHour: number; filled: number; rates: Float64Array; prefix: Float64Array };

const rateOf = (ctx: FleetContext, entity: EntityBase, stream: StreamName, hour: number) => {
  const hourly = hourlyOf(ctx, entity);
  const rate = hourly.rate(hour);
  if (stream === 'requests') return rate;
  if (stream === 'errors') return rate * hourly.errorRatio(hour);

  return rate * hourly.coldRatio(hour);
};

const tables = new WeakMap<FleetContext, Map<string, Map<StreamName, Table>>>();

/**
 * Hourly rates and their running integral from before the first restart, computed once per
 * (context, entity, stream) and extended as time goes on: a counter at any instant is then
 * one lookup plus the partial hour.
 */
const tableFor = (ctx: FleetContext, entity: EntityBase, stream: StreamName, hour: number) => {
  let byId = tables.get(ctx);
  if (byId === undefined) {
    byId = new Map();
    tables.set(ctx, byId);
  }
  let byStream = byId.get(entity.id);
  if (byStream === undefined) {
    byStream = new Map();
    byId.set(entity.id, byStream);
  }
  let table = byStream.get(stream);
  if (table === undefined) {
    const startHour = hourOf(ctx.originMs - LEAD_MS) - 24 * 5;
    const size = hour - startHour + 24 * 30;
    table = {
      startHour,
      filled: 0,
      rates: new Float64Array(size),
      prefix: new Float64Array(size + 1),
    };
    byStream.set(stream, table);
  }
  const needed = hour - table.startHour + 1;
  if (needed > table.rates.length) {
    const size = needed + 24 * 30;
    const rates = new Float64Array(size);
    const prefix = new Float64Array(size + 1);
    rates.set(table.rates.subarray(0, table.filled));
    prefix.set(table.prefix.subarray(0, table.filled + 1));
    table = { ...table, rates, prefix };
    byStream.set(stream, table);
  }
  for (let i = table.filled; i < needed; i++) {
    const rate = rateOf(ctx, entity, stream, table.startHour + i);
    table.rates[i] = rate;
    table.prefix[i + 1] = (table.prefix[i] ?? 0) + (rate * HOUR_MS) / SECOND_MS;
  }
  table.filled = Math.max(table.filled, needed);

  return table;
};

/** Events of `stream` from the table start to `t` (not reset). */
const integralAt = (ctx: FleetContext, entity: EntityBase, stream: StreamName, t: number) => {
  const hour = hourOf(t);
  const table = tableFor(ctx, entity, stream, hour);
  const index = hour - table.startHour;
  if (index < 0) return 0;
  const partial = ((table.rates[index] ?? 0) * (t - hour * HOUR_MS)) / SECOND_MS;

  return (table.prefix[index] ?? 0) + partial;
};

/** Events between two instants (fractional: callers floor when they print a counter). */
export const countBetween = (
  ctx: FleetContext,
  entity: EntityBase,
  stream: StreamName,
  from: number,
  to: number,
): number =>
  Math.max(0, integralAt(ctx, entity, stream, to) - integralAt(ctx, entity, stream, from));

/** A counter as the exporter shows it: counted since the last (re)start. */
export const totalAt = (
  ctx: FleetContext,
  entity: EntityBase,
  stream: StreamName,
  t: number,
): number => countBetween(ctx, entity, stream, lastStartAt(ctx, entity, t), t);
