import { between } from '../distributions.ts';
import { startupFor } from '../startup.ts';
import type { EntityBase, LatencyProfile } from '../types.ts';
import { GIB, loadOf, podNameFrom, rngFor, uuidFrom } from './common.ts';
import type { NodeEntity } from './nodes.ts';

export type Gpu = {
  readonly index: number;
  readonly uuid: string;
  readonly model: string;
  readonly memoryMiB: number;
  readonly powerLimitW: number;
  readonly idleW: number;
  readonly pciBusId: string;
};

export type ServedModel = {
  readonly name: string;
  readonly version: string;
  /** Share of the server's requests; 0 for a loaded but idle model. */
  readonly share: number;
  readonly latency: LatencyProfile;
  readonly queue: LatencyProfile;
  /** Inferences per request (batching clients). */
  readonly batch: number;
};

/** A GPU model server (Triton, vLLM, TF Serving) on its own GPU node with a DCGM exporter. */
export type ModelServer = EntityBase & {
  readonly kind: 'model-server';
  readonly server: 'triton' | 'vllm' | 'tf-serving';
  readonly node: string;
  readonly gpus: readonly Gpu[];
  readonly models: readonly ServedModel[];
  /** Request rate at which the GPUs are fully busy. */
  readonly capacityRps: number;
  readonly version: string;
};

/** CPU model servers: KServe predictors, Seldon deployments, the MLflow tracking server. */
export type InferenceService = EntityBase & {
  readonly kind: 'inference-service';
  readonly framework: 'kserve' | 'seldon' | 'mlflow';
  readonly namespace: string;
  readonly models: readonly ServedModel[];
  readonly version: string;
};

const GPU_MODELS = {
  a100: { model: 'NVIDIA A100-SXM4-40GB', memoryMiB: 40_960, powerLimitW: 400, idleW: 55 },
  h100: { model: 'NVIDIA H100 80GB HBM3', memoryMiB: 81_559, powerLimitW: 700, idleW: 70 },
  l40s: { model: 'NVIDIA L40S', memoryMiB: 46_068, powerLimitW: 350, idleW: 35 },
  t4: { model: 'Tesla T4', memoryMiB: 15_360, powerLimitW: 70, idleW: 10 },
} as const;

const model = (name: string, version: string, share: number, ms: number, batch = 1) => ({
  name,
  version,
  share,
  latency: { median: ms / 1000, sigma: 0.45 },
  queue: { median: (ms / 1000) * 0.08, sigma: 0.9 },
  batch,
});

type ServerPlan = {
  id: string;
  server: ModelServer['server'];
  platform: string;
  node: string;
  gpu: keyof typeof GPU_MODELS;
  gpuCount: number;
  appearsAt: number;
  rate: number;
  capacity: number;
  version: string;
  models: readonly ServedModel[];
};

const SERVERS: readonly ServerPlan[] = [
  {
    id: 'triton-01',
    server: 'triton',
    platform: 'nvidia-triton',
    node: 'gpu-node-01',
    gpu: 'a100',
    gpuCount: 2,
    appearsAt: 0,
    rate: 45,
    capacity: 160,
    version: '2.51.0',
    models: [
      model('resnet50', '1', 0.55, 6, 4),
      model('bert_qa', '3', 0.3, 18),
      model('ensemble_ocr', '2', 0.15, 45),
      model('yolov8_legacy', '1', 0, 12),
    ],
  },
  {
    id: 'vllm-llama-8b',
    server: 'vllm',
    platform: 'vllm',
    node: 'gpu-node-02',
    gpu: 'h100',
    gpuCount: 1,
    appearsAt: 0,
    rate: 1.6,
    capacity: 5,
    version: '0.7.2',
    models: [model('meta-llama/Llama-3.1-8B-Instruct', '1', 1, 5200)],
  },
  {
    id: 'vllm-mistral-7b',
    server: 'vllm',
    platform: 'vllm',
    node: 'gpu-node-03',
    gpu: 'l40s',
    gpuCount: 1,
    appearsAt: 0.38,
    rate: 0.9,
    capacity: 3,
    version: '0.7.2',
    models: [model('mistralai/Mistral-7B-Instruct-v0.3', '1', 1, 4600)],
  },
  {
    id: 'tfserving-ranking',
    server: 'tf-serving',
    platform: 'tensorflow-serving',
    node: 'gpu-node-04',
    gpu: 't4',
    gpuCount: 1,
    appearsAt: 0.12,
    rate: 90,
    capacity: 260,
    version: '2.17.0',
    models: [model('ranking_v3', '1712', 0.7, 4), model('ctr_model', '88', 0.3, 2.5)],
  },
];

export const createModelServers = (seed: number): (ModelServer | NodeEntity)[] =>
  SERVERS.flatMap((plan) => {
    const rng = rngFor(seed, plan.id);
    const spec = GPU_MODELS[plan.gpu];
    const gpus = Array.from({ length: plan.gpuCount }, (_, index) => ({
      index,
      uuid: `GPU-${uuidFrom(rng)}`,
      ...spec,
      pciBusId: `00000000:${(0x17 + index * 0x48).toString(16).toUpperCase()}:00.0`,
    }));
    const common = {
      platform: plan.platform,
      paradigm: 'ai_ml',
      appearsAt: plan.appearsAt,
    } as const;
    const server: ModelServer = {
      ...common,
      kind: 'model-server',
      id: plan.id,
      name: plan.id,
      server: plan.server,
      node: plan.node,
      gpus,
      models: plan.models,
      capacityRps: plan.capacity,
      version: plan.version,
      restartEveryDays: 12,
      load: loadOf(rng, { baseRate: plan.rate, diurnal: between(rng, 0.4, 0.8) }),
      growth: { from: 0.45, to: 1.5 },
      errorRatio: between(rng, 0.001, 0.006),
    };
    const node: NodeEntity = {
      ...common,
      kind: 'node',
      id: plan.node,
      name: plan.node,
      distribution: 'kubernetes',
      role: 'gpu',
      transport: 'scrape',
      exporters: ['kubelet'],
      // Pod starts here are model-server starts: image pull plus weights, tens of seconds up.
      hints: { kubelet: plan.platform },
      cores: 32,
      memoryBytes: 256 * GIB,
      arch: 'amd64',
      kubeletVersion: 'v1.31.5',
      osImage: 'Ubuntu 22.04.5 LTS',
      kernel: '5.15.0-130-generic',
      pods: [
        {
          id: `${plan.node}/${plan.id}`,
          uid: uuidFrom(rng),
          name: podNameFrom(rng, plan.id),
          namespace: 'inference',
          container: plan.server,
          image: `nvcr.io/acme/${plan.server}:${plan.version}`,
          cpuCores: 3,
          memoryBytes: 24 * GIB,
          appearsAt: 0,
        },
      ],
      podStartup: startupFor('modelServer'),
      restartEveryDays: 30,
      load: loadOf(rng, { baseRate: 0.6 / 3600, noise: 0.4 }),
      growth: { from: 1, to: 1 },
      errorRatio: 0.002,
    };

    return [server, node];
  });

type ServicePlan = [string, InferenceService['framework'], string, number, readonly ServedModel[]];

const SERVICES: readonly ServicePlan[] = [
  ['sklearn-iris', 'kserve', 'models', 0, [model('sklearn-iris', '1', 1, 3)]],
  ['xgb-churn', 'kserve', 'models', 0.55, [model('xgb-churn', '2', 1, 7)]],
  ['income-classifier', 'seldon', 'seldon', 0, [model('income-classifier', 'v1', 1, 11)]],
  ['fraud-detector', 'seldon', 'seldon', 0.25, [model('fraud-detector', 'v4', 1, 16)]],
  ['mlflow-tracking', 'mlflow', 'mlops', 0, [model('tracking', '2.19.0', 1, 24)]],
];

export const createInferenceServices = (seed: number): InferenceService[] =>
  SERVICES.map(([id, framework, namespace, appearsAt, models]) => {
    const rng = rngFor(seed, id);

    return {
      kind: 'inference-service',
      id,
      name: id,
      platform: framework,
      paradigm: 'ai_ml',
      framework,
      namespace,
      models,
      version: framework === 'mlflow' ? '2.19.0' : framework === 'seldon' ? '1.18.1' : '0.14.1',
      appearsAt,
      restartEveryDays: 8,
      load: loadOf(rng, { baseRate: framework === 'mlflow' ? 1.5 : between(rng, 3, 25) }),
      growth: { from: 0.5, to: 1.5 },
      errorRatio: between(rng, 0.002, 0.01),
      ...(framework === 'mlflow' ? {} : { cold: { c0: 0.02, r0: 1 } }),
    };
  });
