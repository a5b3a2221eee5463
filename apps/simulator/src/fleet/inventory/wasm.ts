import { between } from '../distributions.ts';
import { startupFor } from '../startup.ts';
import type { EntityBase, LatencyProfile, StartupProfile } from '../types.ts';
import { loadOf, MIB, rngFor } from './common.ts';

/** A process embedding a Wasm engine (or a wasmCloud host, a Spin app) running components. */
export type WasmHost = EntityBase & {
  readonly kind: 'wasm-host';
  readonly hostName: string;
  readonly version: string;
  /** otlp: OTel SDK in the embedder; prometheus: the host's own /metrics. */
  readonly transport: 'otlp' | 'prometheus';
  readonly baseMemoryBytes: number;
  readonly cpuPerRequest: number;
  readonly lattice?: string;
};

/** One Wasm component, instantiated by its host on demand. */
export type WasmComponent = EntityBase & {
  readonly kind: 'wasm-component';
  readonly host: string;
  readonly hostName: string;
  readonly startup: StartupProfile;
  readonly latency: LatencyProfile;
  readonly memoryBytes: number;
  readonly trigger: 'http' | 'pubsub' | 'timer';
  /** wasmCloud: OCI reference of the component. */
  readonly ref: string;
};

type HostPlan = {
  id: string;
  platform: string;
  version: string;
  transport: WasmHost['transport'];
  appearsAt: number;
  components: readonly string[];
  rate: number;
  latencyMs: number;
};

const HOSTS: readonly HostPlan[] = [
  {
    id: 'wasmtime-host-01',
    platform: 'wasmtime',
    version: '27.0.0',
    transport: 'otlp',
    appearsAt: 0,
    components: ['image-resize', 'markdown-render', 'jwt-verify', 'geoip-lookup'],
    rate: 14,
    latencyMs: 3,
  },
  {
    id: 'wasmtime-host-02',
    platform: 'wasmtime',
    version: '27.0.0',
    transport: 'otlp',
    appearsAt: 0.3,
    components: ['rate-limiter', 'json-transform', 'feature-flags', 'ab-router'],
    rate: 30,
    latencyMs: 0.8,
  },
  {
    id: 'wasmer-host-01',
    platform: 'wasmer',
    version: '5.0.4',
    transport: 'otlp',
    appearsAt: 0.15,
    components: ['pdf-extract', 'csv-validate', 'qr-generate', 'html-sanitize'],
    rate: 6,
    latencyMs: 9,
  },
  {
    id: 'iot-wasm3-dev-01',
    platform: 'wasm3',
    version: '0.5.0',
    transport: 'otlp',
    appearsAt: 0,
    components: ['sensor-filter'],
    rate: 4,
    latencyMs: 1.5,
  },
  {
    id: 'iot-wasm3-dev-02',
    platform: 'wasm3',
    version: '0.5.0',
    transport: 'otlp',
    appearsAt: 0.2,
    components: ['vibration-fft'],
    rate: 2,
    latencyMs: 6,
  },
  {
    id: 'iot-wasm3-dev-03',
    platform: 'wasm3',
    version: '0.5.0',
    transport: 'otlp',
    appearsAt: 0.45,
    components: ['modbus-decode'],
    rate: 5,
    latencyMs: 0.9,
  },
  {
    id: 'iot-wasm3-dev-04',
    platform: 'wasm3',
    version: '0.5.0',
    transport: 'otlp',
    appearsAt: 0.7,
    components: ['anomaly-score'],
    rate: 1,
    latencyMs: 4,
  },
  {
    id: 'wasmedge-host-01',
    platform: 'wasmedge',
    version: '0.14.1',
    transport: 'prometheus',
    appearsAt: 0.5,
    components: ['llm-tokenize', 'image-classify', 'text-embed'],
    rate: 3,
    latencyMs: 35,
  },
  {
    id: 'wasmcloud-host-a',
    platform: 'wasmcloud',
    version: '1.4.2',
    transport: 'otlp',
    appearsAt: 0.1,
    components: ['http-hello', 'kv-counter', 'blobby', 'pingpong', 'order-events'],
    rate: 20,
    latencyMs: 2,
  },
  {
    id: 'wasmcloud-host-b',
    platform: 'wasmcloud',
    version: '0.82.0',
    transport: 'prometheus',
    appearsAt: 0,
    components: ['echo', 'todo-api', 'inventory-sync'],
    rate: 5,
    latencyMs: 4,
  },
  {
    id: 'spin-shop',
    platform: 'spin',
    version: '3.1.2',
    transport: 'otlp',
    appearsAt: 0.25,
    components: ['cart', 'catalog', 'checkout'],
    rate: 12,
    latencyMs: 2.5,
  },
];

const TRIGGERS = ['http', 'http', 'http', 'pubsub', 'timer'] as const;

export const createWasmFleet = (seed: number): (WasmHost | WasmComponent)[] =>
  HOSTS.flatMap((plan) => {
    const rng = rngFor(seed, plan.id);
    const hostName = plan.id.startsWith('iot-') ? plan.id : `${plan.id}.edge.internal`;
    const common = { platform: plan.platform, paradigm: 'wasm', restartEveryDays: 9 } as const;
    const host: WasmHost = {
      ...common,
      kind: 'wasm-host',
      id: plan.id,
      name: plan.id,
      hostName,
      version: plan.version,
      transport: plan.transport,
      appearsAt: plan.appearsAt,
      load: loadOf(rng, { baseRate: plan.rate * plan.components.length }),
      growth: { from: 0.5, to: 1.4 },
      errorRatio: 0.002,
      baseMemoryBytes: Math.round(between(rng, 18, 60) * MIB),
      cpuPerRequest: (plan.latencyMs / 1000) * 0.7,
      ...(plan.platform === 'wasmcloud' ? { lattice: 'default' } : {}),
    };
    const components = plan.components.map((name, index): WasmComponent => {
      const id = `${plan.id}/${name}`;
      const own = rngFor(seed, id);

      return {
        ...common,
        kind: 'wasm-component',
        id,
        name,
        host: plan.id,
        hostName,
        appearsAt: Math.min(0.9, plan.appearsAt + index * between(own, 0.02, 0.08)),
        load: loadOf(own, { baseRate: plan.rate * between(own, 0.4, 1.6), burstChance: 0.03 }),
        growth: { from: 0.5, to: 1.4 },
        errorRatio: between(own, 0.001, 0.008),
        cold: { c0: between(own, 0.05, 0.2), r0: 0.5 },
        startup: startupFor(plan.platform),
        latency: { median: (plan.latencyMs / 1000) * between(own, 0.6, 1.6), sigma: 0.5 },
        memoryBytes: Math.round(between(own, 1.5, 24) * MIB),
        trigger: TRIGGERS[Math.floor(own() * TRIGGERS.length)] ?? 'http',
        ref: `ghcr.io/acme/${name}:0.${1 + Math.floor(own() * 9)}.0`,
      };
    });

    return [host, ...components];
  });
