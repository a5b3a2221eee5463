import { between } from '../distributions.ts';
import { startupFor } from '../startup.ts';
import type { EntityBase, LatencyProfile, StartupProfile } from '../types.ts';
import { loadOf, rngFor } from './common.ts';

/**
 * Serverless functions and containers. `telemetry` says how each reaches the collector:
 * Lambda through the OTel layer and extension (faas.* metrics, spans) or through CloudWatch
 * REPORT lines; Cloud Run through Cloud Monitoring metrics (and OTel spans for functions);
 * Fargate and ACI through their cloud's container metrics; Knative through Prometheus.
 */
export type ServerlessService = EntityBase & {
  readonly kind: 'serverless';
  readonly telemetry: 'lambda-otel' | 'lambda-report' | 'cloud-run' | 'fargate' | 'aci' | 'knative';
  readonly region: string;
  readonly runtime: string;
  readonly memoryMb: number;
  readonly trigger: 'http' | 'pubsub' | 'timer' | 'datasource';
  readonly startup: StartupProfile;
  readonly latency: LatencyProfile;
  /** Requests one instance serves per second before another is started. */
  readonly perInstanceRps: number;
  readonly namespace: string;
  /** Knative metric generation: OpenCensus names (≤1.18) or OTel names (≥1.19). */
  readonly generation?: '1.18' | '1.19';
  /** Cloud Run functions also export OTel spans. */
  readonly hasSpans: boolean;
};

type Plan = [
  id: string,
  telemetry: ServerlessService['telemetry'],
  runtime: string,
  memoryMb: number,
  rate: number,
  latencyMs: number,
  trigger: ServerlessService['trigger'],
];

const PLANS: readonly Plan[] = [
  ['checkout-handler', 'lambda-otel', 'nodejs20.x', 512, 3, 85, 'http'],
  ['image-thumbnailer', 'lambda-otel', 'python3.12', 1024, 0.8, 420, 'pubsub'],
  ['order-webhook', 'lambda-otel', 'nodejs20.x', 256, 0.4, 40, 'http'],
  ['invoice-pdf', 'lambda-otel', 'java21', 2048, 0.15, 900, 'pubsub'],
  ['auth-authorizer', 'lambda-report', 'nodejs20.x', 128, 6, 12, 'http'],
  ['etl-nightly', 'lambda-report', 'python3.12', 3008, 0.05, 14_000, 'timer'],
  ['slack-notifier', 'lambda-report', 'python3.12', 128, 0.1, 260, 'pubsub'],
  ['geo-enrich', 'lambda-report', 'java17', 1024, 0.7, 65, 'datasource'],
  ['storefront-ssr', 'cloud-run', 'nodejs22', 1024, 8, 120, 'http'],
  ['recommendations', 'cloud-run', 'python312', 2048, 2.5, 240, 'http'],
  ['pdf-render', 'cloud-run', 'go123', 512, 0.3, 800, 'http'],
  ['webhook-relay', 'cloud-run', 'go123', 256, 0.6, 30, 'http'],
  ['orders-worker', 'fargate', 'container', 2048, 4, 60, 'pubsub'],
  ['media-transcoder', 'fargate', 'container', 8192, 0.2, 30_000, 'pubsub'],
  ['batch-reconciler', 'fargate', 'container', 4096, 0.05, 120_000, 'timer'],
  ['ci-runner', 'aci', 'container', 3584, 0.1, 240_000, 'http'],
  ['nightly-report', 'aci', 'container', 1536, 0.02, 600_000, 'timer'],
  ['sandbox-jupyter', 'aci', 'container', 4096, 0.01, 3_600_000, 'http'],
  ['hello', 'knative', 'go', 128, 0.5, 8, 'http'],
  ['thumbnails', 'knative', 'python', 512, 1.2, 180, 'http'],
  ['checkout-fn', 'knative', 'nodejs', 256, 2, 45, 'http'],
  ['search-suggest', 'knative', 'go', 256, 5, 15, 'http'],
  ['event-display', 'knative', 'go', 128, 0.3, 5, 'pubsub'],
];

const REGIONS: Readonly<Record<ServerlessService['telemetry'], string>> = {
  'lambda-otel': 'eu-west-1',
  'lambda-report': 'us-east-1',
  'cloud-run': 'europe-west1',
  fargate: 'eu-central-1',
  aci: 'westeurope',
  knative: 'on-prem',
};

const PLATFORMS: Readonly<Record<ServerlessService['telemetry'], string>> = {
  'lambda-otel': 'aws-lambda',
  'lambda-report': 'aws-lambda',
  'cloud-run': 'google-cloud-run',
  fargate: 'aws-fargate',
  aci: 'azure-container-instances',
  knative: 'knative',
};

const startupOf = (telemetry: ServerlessService['telemetry'], runtime: string): StartupProfile => {
  if (telemetry === 'cloud-run') return startupFor('cloudRun');
  if (telemetry === 'knative') return startupFor('knative');
  if (runtime.startsWith('java')) return startupFor('lambdaJava');

  return startupFor(runtime.startsWith('python') ? 'lambdaPython' : 'lambdaNode');
};

const KNATIVE_NAMESPACES: Readonly<Record<string, string>> = {
  hello: 'default',
  thumbnails: 'media',
  'checkout-fn': 'shop',
  'search-suggest': 'shop',
  'event-display': 'events',
};

export const createServerless = (seed: number): ServerlessService[] =>
  PLANS.map(([id, telemetry, runtime, memoryMb, rate, latencyMs, trigger], index) => {
    const rng = rngFor(seed, id);
    const scalesToZero = telemetry !== 'fargate' && telemetry !== 'aci';

    return {
      kind: 'serverless',
      id,
      name: id,
      platform: PLATFORMS[telemetry],
      paradigm: 'serverless',
      telemetry,
      region: REGIONS[telemetry],
      runtime,
      memoryMb,
      trigger,
      appearsAt: index % 5 === 4 ? between(rng, 0.1, 0.5) : 0,
      restartEveryDays: 1,
      load: loadOf(rng, {
        baseRate: rate,
        diurnal: trigger === 'timer' ? 0.9 : between(rng, 0.5, 0.85),
        peakHour: trigger === 'timer' ? 2 : between(rng, 10, 18),
        burstChance: 0.03,
        noise: 0.25,
        ...(scalesToZero ? { idleBelow: rate * 0.25 } : {}),
      }),
      growth: { from: 0.8, to: 1.15 },
      errorRatio: between(rng, 0.002, 0.015),
      cold: { c0: between(rng, 0.2, 0.45), r0: 0.05 },
      startup: startupOf(telemetry, runtime),
      latency: { median: latencyMs / 1000, sigma: 0.55 },
      perInstanceRps: Math.max(
        0.05,
        between(rng, 0.5, 1.5) * (1 / Math.max(0.01, latencyMs / 1000)),
      ),
      namespace: KNATIVE_NAMESPACES[id] ?? 'default',
      ...(telemetry === 'knative'
        ? { generation: id === 'search-suggest' || id === 'event-display' ? '1.19' : '1.18' }
        : {}),
      hasSpans: id === 'pdf-render' || id === 'webhook-relay',
    } satisfies ServerlessService;
  });
