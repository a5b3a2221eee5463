import { SpanKind } from '@opentelemetry/api';
import type { Attributes } from '@opentelemetry/api';

import type { FleetContext } from '../../fleet/context.ts';
import { totalAt } from '../../fleet/counters.ts';
import { invocationsIn } from '../../fleet/events.ts';
import { hexFrom } from '../../fleet/inventory/common.ts';
import { createRng, keyOf } from '../../fleet/prng.ts';
import { jobReportsIn } from '../../fleet/quantum-model.ts';
import type { EventSource } from './event-sources.ts';
import { reportLinesOf } from './lambda-report.ts';
import { jobRecordOf, trackerRecordOf } from './quantum-records.ts';

/** A span as the simulator decides it; the SDK adapter only replays it. */
export type SpanSpec = {
  readonly name: string;
  readonly kind: SpanKind;
  readonly startMs: number;
  readonly endMs: number;
  readonly attributes: Attributes;
  readonly isError: boolean;
  readonly traceId: string;
  readonly spanId: string;
};

/** A log record as the simulator decides it. */
export type LogSpec = {
  readonly timestampMs: number;
  readonly body: string;
  readonly eventName?: string;
  readonly attributes: Attributes;
};

const idsOf = (ctx: FleetContext, key: string) => {
  const rng = createRng(keyOf(ctx.seed, key, 'ids'));

  return { traceId: hexFrom(rng, 32), spanId: hexFrom(rng, 16) };
};

/** Invocation spans (with `faas.coldstart`) and, where the extension runs, init spans. */
export const spanSpecsIn = (
  ctx: FleetContext,
  source: EventSource,
  from: number,
  to: number,
  cap: number,
): SpanSpec[] => {
  if (source.kind !== 'spans') return [];

  return invocationsIn(ctx, source.fn, from, to, cap).flatMap((call) => {
    const endMs = call.startMs + call.durationSeconds * 1000;
    const invocation: SpanSpec = {
      name: source.fn.name,
      kind: SpanKind.SERVER,
      startMs: call.startMs,
      endMs,
      attributes: {
        'faas.coldstart': call.cold,
        'faas.trigger': source.fn.trigger,
        'faas.invocation_id': call.requestId,
      },
      isError: call.error,
      ...idsOf(ctx, call.requestId),
    };
    if (!source.hasInitSpans || call.initSeconds === undefined) return [invocation];
    const init: SpanSpec = {
      name: 'platform.init',
      kind: SpanKind.INTERNAL,
      startMs: call.startMs - call.initSeconds * 1000,
      endMs: call.startMs,
      attributes: { 'faas.coldstart': true, 'faas.trigger': source.fn.trigger },
      isError: false,
      ...idsOf(ctx, `${call.requestId}/init`),
    };

    return [init, invocation];
  });
};

/** REPORT (START/END) lines and quantum job reports whose instant falls in [from, to). */
export const logSpecsIn = (
  ctx: FleetContext,
  source: EventSource,
  from: number,
  to: number,
  cap: number,
): LogSpec[] => {
  if (source.kind === 'report-lines') {
    return invocationsIn(ctx, source.fn, from, to, cap).flatMap((call) =>
      reportLinesOf(source.fn, call),
    );
  }
  if (source.kind !== 'quantum') return [];
  const { workload } = source;
  const jobs = jobReportsIn(ctx, workload, from, to).map((report) => jobRecordOf(workload, report));
  if (!workload.tracker) return jobs;
  const shots = Math.floor(totalAt(ctx, workload, 'requests', to - 1) * 1000);

  return [...jobs, trackerRecordOf(workload, to - 1, shots)];
};
