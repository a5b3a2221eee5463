/**
 * Real-format telemetry for the reference view's tests: OTLP JSON as an OpenTelemetry SDK
 * sends it (FaaS semantic conventions on a Wasm component), kubelet /metrics text, and Lambda
 * REPORT lines as the CloudWatch receiver forwards them. Shapes follow tests/ingest/data.
 */

const NS_PER_MS = 1_000_000n;

type OtlpValue = { stringValue: string };
const attributes = (values: Record<string, string>): { key: string; value: OtlpValue }[] =>
  Object.entries(values).map(([key, value]) => ({ key, value: { stringValue: value } }));

const nanos = (ms: number): string => (BigInt(Math.trunc(ms)) * NS_PER_MS).toString();

/** POSTs an OTLP/HTTP JSON body to the collector; throws when it is refused. */
export const postOtlp = async (
  baseUrl: string,
  signal: 'metrics' | 'logs' | 'traces',
  body: unknown,
): Promise<void> => {
  const response = await fetch(`${baseUrl}/v1/${signal}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`OTLP ${signal} refused (${response.status})`);
};

/** Wasm embedders use finer init buckets than the FaaS default: instantiation takes ms. */
export const WASM_INIT_BOUNDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1];
const MEMORY_BOUNDS = [8, 16, 32, 64, 128].map((mib) => mib * 1_048_576);

type HistogramPoint = { atMs: number; counts: number[]; sum: number };

const histogram = (
  name: string,
  unit: string,
  startMs: number,
  bounds: number[],
  points: HistogramPoint[],
) => ({
  name,
  unit,
  histogram: {
    aggregationTemporality: 2,
    dataPoints: points.map((point) => ({
      attributes: [],
      startTimeUnixNano: nanos(startMs),
      timeUnixNano: nanos(point.atMs),
      count: String(point.counts.reduce((sum, count) => sum + count, 0)),
      sum: point.sum,
      bucketCounts: point.counts.map(String),
      explicitBounds: bounds,
    })),
  },
});

/**
 * One Wasm component on a wasmtime host, cumulative since startMs: an empty first collection
 * and a second holding `initCounts` (per WASM_INIT_BOUNDS bucket, +Inf last) and `memoryBytes`
 * as the max memory of each invocation.
 */
export const wasmComponentMetrics = (options: {
  component: string;
  host: string;
  startMs: number;
  firstMs: number;
  secondMs: number;
  initCounts: number[];
  memoryBytes: number;
}) => {
  const observations = options.initCounts.reduce((sum, count) => sum + count, 0);
  const emptyInit = WASM_INIT_BOUNDS.map(() => 0).concat(0);
  const memoryBucket = MEMORY_BOUNDS.findIndex((bound) => options.memoryBytes <= bound);
  const memoryCounts = MEMORY_BOUNDS.map((_, i) => (i === memoryBucket ? observations : 0));

  return {
    resourceMetrics: [
      {
        resource: {
          attributes: attributes({
            'service.name': options.component,
            'faas.name': options.component,
            'host.name': options.host,
            'process.runtime.name': 'wasmtime',
            'telemetry.sdk.name': 'opentelemetry',
            'telemetry.sdk.language': 'rust',
          }),
        },
        scopeMetrics: [
          {
            scope: { name: 'wasmtime-otel', version: '27.0.0' },
            metrics: [
              histogram('faas.init_duration', 's', options.startMs, WASM_INIT_BOUNDS, [
                { atMs: options.firstMs, counts: emptyInit, sum: 0 },
                { atMs: options.secondMs, counts: options.initCounts, sum: observations * 0.002 },
              ]),
              histogram('faas.mem_usage', 'By', options.startMs, MEMORY_BOUNDS, [
                {
                  atMs: options.secondMs,
                  counts: memoryCounts.concat(0),
                  sum: observations * options.memoryBytes,
                },
              ]),
            ],
          },
        ],
      },
    ],
  };
};

/** kubelet /metrics with kubelet_pod_start_duration_seconds, cumulative bucket counts. */
export const kubeletPodStart = (cumulative: Record<string, number>): string => {
  const lines = [
    '# HELP kubelet_pod_start_duration_seconds [ALPHA] Duration in seconds from kubelet ' +
      'seeing a pod for the first time to the pod starting to run',
    '# TYPE kubelet_pod_start_duration_seconds histogram',
  ];
  for (const [le, count] of Object.entries(cumulative)) {
    lines.push(`kubelet_pod_start_duration_seconds_bucket{le="${le}"} ${count}`);
  }
  const total = cumulative['+Inf'] ?? 0;
  lines.push(`kubelet_pod_start_duration_seconds_sum ${total * 2.5}`);
  lines.push(`kubelet_pod_start_duration_seconds_count ${total}`);

  return `${lines.join('\n')}\n`;
};

/** CloudWatch Logs of one Lambda function: a cold REPORT line (with Init Duration) per entry. */
export const lambdaColdReports = (options: {
  functionName: string;
  reports: { atMs: number; initMs: number; durationMs: number }[];
}) => ({
  resourceLogs: [
    {
      resource: {
        attributes: attributes({
          'aws.region': 'eu-west-1',
          'cloud.provider': 'aws',
          'cloudwatch.log.group.name': `/aws/lambda/${options.functionName}`,
          'cloudwatch.log.stream': '2026/11/27/[$LATEST]6a1f0c3e9b2d4c7a8e5f1b0d2c4a6e8f',
        }),
      },
      scopeLogs: [
        {
          scope: {
            name: 'github.com/open-telemetry/opentelemetry-collector-contrib/receiver/awscloudwatchreceiver',
            version: '0.128.0',
          },
          logRecords: options.reports.map((report, i) => {
            const requestId = `3f1c9e2a-7b1d-4c55-9d0e-${String(i).padStart(12, '0')}`;
            const body =
              `REPORT RequestId: ${requestId}\tDuration: ${report.durationMs.toFixed(2)} ms\t` +
              `Billed Duration: ${Math.ceil(report.durationMs)} ms\tMemory Size: 128 MB\t` +
              `Max Memory Used: 78 MB\tInit Duration: ${report.initMs.toFixed(2)} ms\t\n`;

            return {
              timeUnixNano: nanos(report.atMs),
              observedTimeUnixNano: nanos(report.atMs + 40),
              body: { stringValue: body },
            };
          }),
        },
      ],
    },
  ],
});
