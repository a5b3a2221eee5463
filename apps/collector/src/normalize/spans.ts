import type { OtlpSpan, OtlpTracesRequest } from '../decode/types.ts';
import { createBatchBuilder } from './batch-builder.ts';
import { toBooleanValue, toStringAttributes, toStringValue } from './otlp/attributes.ts';
import { createOtlpResourceScope } from './otlp/otlp-resources.ts';
import { createResourceCache } from './resource.ts';
import {
  ATTR_FAAS_COLDSTART,
  ATTR_FAAS_EXECUTION,
  ATTR_FAAS_INVOCATION_ID,
  ATTR_FAAS_INVOCATION_ID_OLD,
  ATTR_FAAS_TRIGGER,
} from './semconv.ts';
import { toSecondsBetween } from './time.ts';
import type { NormalizeContext, NormalizedBatch } from './types.ts';

/**
 * Spans that cover exactly a FaaS init phase, as the opentelemetry-lambda telemetryapi
 * receiver writes them: `init <function>` (kind INTERNAL, faas.coldstart=true) in current
 * releases, `platform.init` and `platform.initRuntimeDone` in older ones.
 * @see https://github.com/open-telemetry/opentelemetry-lambda/tree/main/collector/receiver/telemetryapireceiver
 */
export const INIT_SPAN_NAMES: ReadonlySet<string> = new Set([
  'platform.init',
  'platform.initRuntimeDone',
]);

const INIT_SPAN_PREFIX = 'init ';
const SPAN_KIND_INTERNAL = 1;
const STATUS_ERROR = 2;

/**
 * `init <function>` alone could be any span an application names so; the receiver's own is
 * INTERNAL and flagged as a cold start.
 */
const isInitSpan = (span: OtlpSpan, cold: boolean | undefined): boolean =>
  INIT_SPAN_NAMES.has(span.name) ||
  (cold === true && span.kind === SPAN_KIND_INTERNAL && span.name.startsWith(INIT_SPAN_PREFIX));

/** Event attributes: the invocation id and trigger, nothing of unbounded size. */
const keepAttributes = (span: OtlpSpan): Record<string, string> => {
  const kept: Record<string, string> = {};
  const id =
    toStringValue(span.attributes[ATTR_FAAS_INVOCATION_ID]) ??
    toStringValue(span.attributes[ATTR_FAAS_INVOCATION_ID_OLD]) ??
    toStringValue(span.attributes[ATTR_FAAS_EXECUTION]);
  if (id !== undefined) kept[ATTR_FAAS_INVOCATION_ID] = id;
  const trigger = toStringValue(span.attributes[ATTR_FAAS_TRIGGER]);
  if (trigger !== undefined) kept[ATTR_FAAS_TRIGGER] = trigger;

  return kept;
};

/**
 * OTLP traces → events.
 * - An init-phase span (isInitSpan) → a cold_start event lasting the span.
 * - A span with `faas.coldstart` → an invocation event with that cold flag, its duration and
 *   error status. Its duration is NOT taken as a startup time, even when cold: it includes
 *   the handler's own work. The cold start's length comes from the init span of the same
 *   invocation when the sender exports one.
 * Other spans carry no KPI and are skipped without being counted.
 */
export const normalizeOtlpTraces = (
  request: OtlpTracesRequest,
  ctx: NormalizeContext,
): NormalizedBatch => {
  const builder = createBatchBuilder();
  const cache = createResourceCache(ctx.tenant);
  for (const { resource, scopeSpans } of request.resourceSpans) {
    const scope = createOtlpResourceScope(toStringAttributes(resource.attributes), ctx, cache);
    for (const { spans } of scopeSpans) {
      for (const span of spans) {
        const cold = toBooleanValue(span.attributes[ATTR_FAAS_COLDSTART]);
        const isInit = isInitSpan(span, cold);
        if (!isInit && cold === undefined) continue;
        const durationSeconds = toSecondsBetween(span.startTimeUnixNano, span.endTimeUnixNano);
        const target = scope.findBase(isInit ? 'aws-lambda' : undefined);
        if (durationSeconds === undefined || target === undefined) {
          builder.addUnmapped(ctx.source, `span:${span.name}`);
          continue;
        }
        const common = {
          resource: target,
          timestampNs: span.endTimeUnixNano,
          durationSeconds,
          attributes: keepAttributes(span),
        };
        if (isInit)
          builder.addEvent({ type: 'cold_start', source: `span:${span.name}`, ...common });
        else {
          builder.addEvent({
            type: 'invocation',
            cold: cold === true,
            error: span.status.code === STATUS_ERROR,
            ...common,
          });
        }
      }
    }
  }

  return builder.finish();
};
