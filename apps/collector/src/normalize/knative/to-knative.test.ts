import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import {
  createGauge,
  createHistogram,
  createHistogramPoint,
  createMetricsRequest,
  createNumberPoint,
} from '../test-utils/otlp-fixture.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toKnativeKpis, toKnativeOtlpKpis } from './to-knative.ts';

const QP =
  'configuration_name="hello",container_name="queue-proxy",namespace_name="default",' +
  'pod_name="hello-00001-deployment-6c9b4f8d7-x2x9z",revision_name="hello-00001",' +
  'service_name="hello"';
const OK = `${QP},response_code="200",response_code_class="2xx"`;
const FAIL = `${QP},response_code="503",response_code_class="5xx"`;

const OPENCENSUS = `
# HELP revision_request_count The number of requests that are routed to queue-proxy
# TYPE revision_request_count counter
revision_request_count{${OK}} 980
revision_request_count{${FAIL}} 20
# HELP revision_request_latencies The response time in millisecond
# TYPE revision_request_latencies histogram
revision_request_latencies_bucket{${OK},le="5"} 400
revision_request_latencies_bucket{${OK},le="10"} 700
revision_request_latencies_bucket{${OK},le="50"} 950
revision_request_latencies_bucket{${OK},le="+Inf"} 980
revision_request_latencies_sum{${OK}} 15200.5
revision_request_latencies_count{${OK}} 980
revision_request_latencies_bucket{${FAIL},le="5"} 0
revision_request_latencies_bucket{${FAIL},le="10"} 0
revision_request_latencies_bucket{${FAIL},le="50"} 5
revision_request_latencies_bucket{${FAIL},le="+Inf"} 20
revision_request_latencies_sum{${FAIL}} 2100
revision_request_latencies_count{${FAIL}} 20
# TYPE revision_app_request_count counter
revision_app_request_count{${OK}} 980
`;

const OTEL_LABELS =
  'k8s_namespace_name="default",k8s_pod_name="hello-00002-deployment-7f8c9d-abcde",' +
  'kn_service_name="hello",kn_configuration_name="hello",kn_revision_name="hello-00002",' +
  'container_name="queue-proxy"';

const OTEL_PROMETHEUS = `
# TYPE kn_serving_invocation_duration_seconds histogram
kn_serving_invocation_duration_seconds_bucket{${OTEL_LABELS},le="0.005"} 300
kn_serving_invocation_duration_seconds_bucket{${OTEL_LABELS},le="0.01"} 700
kn_serving_invocation_duration_seconds_bucket{${OTEL_LABELS},le="+Inf"} 1000
kn_serving_invocation_duration_seconds_sum{${OTEL_LABELS}} 7.5
kn_serving_invocation_duration_seconds_count{${OTEL_LABELS}} 1000
# TYPE kn_serving_queue_depth gauge
kn_serving_queue_depth{${OTEL_LABELS}} 2
`;

describe('toKnativeKpis, ≤1.18 OpenCensus names', () => {
  const batch = toKnativeKpis(parseFixture(OPENCENSUS), createContext({ job: 'knative' }));

  it('sums requests over response codes and counts 5xx as errors', () => {
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 1000 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([{ labels: { reason: '5xx' }, value: 20 }]);
  });

  it('merges the per-code ms histograms into one histogram in seconds', () => {
    const histogram = findHistogram(batch, 'request_duration_seconds');
    expect(histogram).toMatchObject({
      count: 1000,
      bounds: [0.005, 0.01, 0.05],
      bucketCounts: [400, 300, 255, 45],
    });
    expect(histogram?.sum).toBeCloseTo(17.3005, 9);
  });

  it('names the resource after the Knative service, pod and revision', () => {
    expect(batch.samples[0]?.resource).toEqual({
      tenant: 'acme',
      paradigm: 'serverless',
      platform: 'knative',
      namespace: 'default',
      workload: 'hello',
      instance: 'hello-00001-deployment-6c9b4f8d7-x2x9z',
      attributes: {
        'knative.revision': 'hello-00001',
        'knative.component': 'queue-proxy',
        job: 'knative',
      },
    });
  });

  it('leaves the user-container counts unmapped (they repeat queue-proxy requests)', () => {
    expect(batch.unmapped).toEqual([
      { source: 'knative', family: 'revision_app_request_count', count: 1 },
    ]);
  });
});

describe('toKnativeKpis, ≥1.19 OTel names', () => {
  it('reads kn_serving_* in seconds, and its count as requests', () => {
    const batch = toKnativeKpis(parseFixture(OTEL_PROMETHEUS), createContext());
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      count: 1000,
      sum: 7.5,
      bounds: [0.005, 0.01],
      bucketCounts: [300, 400, 300],
    });
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 1000 }]);
    expect(readSamples(batch, 'queue_depth')).toEqual([{ labels: {}, value: 2 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      platform: 'knative',
      namespace: 'default',
      workload: 'hello',
      instance: 'hello-00002-deployment-7f8c9d-abcde',
      attributes: { 'knative.revision': 'hello-00002' },
    });
  });

  it('reads the same series pushed as OTLP', () => {
    const request = createMetricsRequest(
      {
        'service.name': 'hello',
        'k8s.namespace.name': 'default',
        'k8s.pod.name': 'hello-00002-deployment-7f8c9d-abcde',
        'kn.service.name': 'hello',
        'kn.revision.name': 'hello-00002',
      },
      [
        createHistogram('kn.serving.invocation.duration', 's', [
          createHistogramPoint([0.005, 0.01], [300n, 400n, 300n], 7.5),
        ]),
        createGauge('kn.serving.queue.depth', '{request}', [createNumberPoint(2n)]),
      ],
    );
    const batch = toKnativeOtlpKpis(request, createContext({ source: 'otlp' }));
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      count: 1000,
      sum: 7.5,
      bounds: [0.005, 0.01],
      bucketCounts: [300, 400, 300],
    });
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 1000 }]);
    expect(readSamples(batch, 'queue_depth')).toEqual([{ labels: {}, value: 2 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      paradigm: 'serverless',
      platform: 'knative',
      namespace: 'default',
      workload: 'hello',
      instance: 'hello-00002-deployment-7f8c9d-abcde',
      attributes: { 'knative.revision': 'hello-00002', 'knative.component': 'queue-proxy' },
    });
  });

  it('reads the 1.19 and 1.20 names, kn.queueproxy.app.duration and kn.queueproxy.depth', () => {
    const request = createMetricsRequest({ 'kn.service.name': 'hello' }, [
      createHistogram('kn.queueproxy.app.duration', 's', [
        createHistogramPoint([0.005, 0.01], [3n, 4n, 3n], 0.075),
      ]),
      createGauge('kn.queueproxy.depth', '{item}', [createNumberPoint(4n)]),
    ]);
    const batch = toKnativeOtlpKpis(request, createContext({ source: 'otlp' }));
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 10 }]);
    expect(readSamples(batch, 'queue_depth')).toEqual([{ labels: {}, value: 4 }]);
    expect(batch.unmapped).toEqual([]);
  });
});
