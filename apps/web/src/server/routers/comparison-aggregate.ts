import { emptyCells } from './comparison-measures.ts';
import type { MeasureCells } from './comparison-measures.ts';
import type { ResourceStats } from './comparison-resource-stats.ts';

/** The group a resource's measures count towards (its paradigm, platform …). */
export type GroupKey = (stats: ResourceStats) => string;

type Ratio = { numerator: number; denominator: number; basis: number };

const ratioCell = (ratio: Ratio | undefined) =>
  ratio === undefined || ratio.denominator <= 0
    ? { value: null, basis: 0 }
    : { value: ratio.numerator / ratio.denominator, basis: ratio.basis };

const addTo = (
  ratios: Map<string, Ratio>,
  key: string,
  numerator: number,
  denominator: number,
): void => {
  const ratio = ratios.get(key) ?? { numerator: 0, denominator: 0, basis: 0 };
  ratio.numerator += numerator;
  ratio.denominator += denominator;
  ratio.basis += 1;
  ratios.set(key, ratio);
};

/**
 * Memory per instance: Σ memory / Σ instances over the resources that report memory, a
 * resource without an instances gauge being one instance (a pod, a process, a function
 * instance).
 */
const memoryPerInstance = (stats: readonly ResourceStats[], keyOf: GroupKey) => {
  const ratios = new Map<string, Ratio>();
  for (const resource of stats) {
    if (resource.memoryBytes === null) continue;
    const instances =
      resource.instances !== null && resource.instances > 0 ? resource.instances : 1;
    addTo(ratios, keyOf(resource), resource.memoryBytes, instances);
  }

  return ratios;
};

/**
 * Where CPU and requests are paired: a platform's host (node, else scrape target). A resource
 * that reports both pairs with itself; a Wasm host process that reports the CPU pairs with the
 * functions it runs, which report the requests.
 */
const hostOf = (resource: ResourceStats): string =>
  JSON.stringify([resource.platform, resource.node ?? resource.instance ?? `#${resource.id}`]);

type Host = { cpu: number; requests: number; resources: number; group: string | null };

/** CPU seconds per request over the hosts that report both. */
const cpuPerRequest = (stats: readonly ResourceStats[], keyOf: GroupKey) => {
  const hosts = new Map<string, Host>();
  for (const resource of stats) {
    if (resource.cpuSeconds === null && resource.requests === null) continue;
    const key = hostOf(resource);
    const host = hosts.get(key) ?? { cpu: 0, requests: 0, resources: 0, group: null };
    host.cpu += resource.cpuSeconds ?? 0;
    host.requests += resource.requests ?? 0;
    host.resources += 1;
    // A host's resources share its platform; the group is the one of its request servers.
    if (resource.requests !== null || host.group === null) host.group = keyOf(resource);
    hosts.set(key, host);
  }
  const ratios = new Map<string, Ratio>();
  for (const host of hosts.values()) {
    if (host.cpu <= 0 || host.requests <= 0 || host.group === null) continue;
    const ratio = ratios.get(host.group) ?? { numerator: 0, denominator: 0, basis: 0 };
    ratio.numerator += host.cpu;
    ratio.denominator += host.requests;
    ratio.basis += host.resources;
    ratios.set(host.group, ratio);
  }

  return ratios;
};

/** A GPU server: the node, or the scrape target when the telemetry names no node. */
const serverOf = (resource: ResourceStats): string | null =>
  resource.node ?? (resource.instance === null ? null : `instance:${resource.instance}`);

type Server = {
  /** Per GPU: the largest of what its reporters say, so two exporters of one GPU count once. */
  energy: Map<string, number>;
  gpuMemory: Map<string, number>;
  /** Inference work per group of the model-serving resources on the server. */
  requests: Map<string, number>;
  tokens: Map<string, number>;
  models: Map<string, Set<string>>;
};

const maxInto = (target: Map<string, number>, values: Record<string, number>): void => {
  for (const [gpu, value] of Object.entries(values)) {
    target.set(gpu, Math.max(target.get(gpu) ?? 0, value));
  }
};

const addInto = (target: Map<string, number>, key: string, value: number): void => {
  target.set(key, (target.get(key) ?? 0) + value);
};

const total = (values: Map<string, number>): number =>
  [...values.values()].reduce((sum, value) => sum + value, 0);

const newServer = (): Server => ({
  energy: new Map<string, number>(),
  gpuMemory: new Map<string, number>(),
  requests: new Map<string, number>(),
  tokens: new Map<string, number>(),
  models: new Map<string, Set<string>>(),
});

const gpuServers = (stats: readonly ResourceStats[], keyOf: GroupKey): Map<string, Server> => {
  const servers = new Map<string, Server>();
  for (const resource of stats) {
    const key = serverOf(resource);
    if (key === null || resource.paradigm !== 'ai_ml') continue;
    const server = servers.get(key) ?? newServer();
    servers.set(key, server);
    maxInto(server.energy, resource.energyByGpu);
    maxInto(server.gpuMemory, resource.gpuMemoryByGpu);
    const group = keyOf(resource);
    if (resource.requests !== null && resource.requests > 0) {
      addInto(server.requests, group, resource.requests);
      const models = server.models.get(group) ?? new Set<string>();
      // A server that does not label its models serves one per resource.
      const served =
        resource.models.length > 0 ? resource.models : [resource.workload ?? `#${resource.id}`];
      for (const model of served) models.add(model);
      server.models.set(group, models);
    }
    if (resource.tokens !== null && resource.tokens > 0) {
      addInto(server.tokens, group, resource.tokens);
    }
  }

  return servers;
};

/**
 * Splits a server-wide quantity (energy, GPU memory) over the groups that worked on the
 * server in proportion to their share of the work, so each group's ratio is the server's.
 */
const splitByWork = (
  ratios: Map<string, Ratio>,
  serverAmount: number,
  work: Map<string, number>,
  asNumerator: 'amount' | 'work',
): void => {
  const allWork = total(work);
  if (serverAmount <= 0 || allWork <= 0) return;
  for (const [group, groupWork] of work) {
    const amount = (serverAmount * groupWork) / allWork;
    if (asNumerator === 'amount') addTo(ratios, group, amount, groupWork);
    else addTo(ratios, group, groupWork, amount);
  }
};

/**
 * The GPU measures pair the GPUs' energy and memory with the inference work of the model
 * servers on the same server: energy per inference request, tokens per joule, GPU memory per
 * served model.
 */
const gpuMeasures = (stats: readonly ResourceStats[], keyOf: GroupKey) => {
  const energyPerInference = new Map<string, Ratio>();
  const tokensPerJoule = new Map<string, Ratio>();
  const gpuMemoryPerModel = new Map<string, Ratio>();
  for (const server of gpuServers(stats, keyOf).values()) {
    const energy = total(server.energy);
    splitByWork(energyPerInference, energy, server.requests, 'amount');
    splitByWork(tokensPerJoule, energy, server.tokens, 'work');
    const modelCounts = new Map([...server.models].map(([group, set]) => [group, set.size]));
    splitByWork(gpuMemoryPerModel, total(server.gpuMemory), modelCounts, 'amount');
  }

  return { energyPerInference, tokensPerJoule, gpuMemoryPerModel };
};

/**
 * Every resource-based measure per group (startup comes from its own query). Each ratio is
 * a sum over a sum, so large resources weigh more than small ones, as in the fleet's bill.
 */
export const aggregateMeasures = (
  stats: readonly ResourceStats[],
  keyOf: GroupKey,
): Map<string, MeasureCells & { resources: number }> => {
  const memory = memoryPerInstance(stats, keyOf);
  const cpu = cpuPerRequest(stats, keyOf);
  const gpu = gpuMeasures(stats, keyOf);
  const resources = new Map<string, number>();
  for (const resource of stats) addInto(resources, keyOf(resource), 1);
  const groups = new Set([...resources.keys(), ...gpu.energyPerInference.keys()]);

  return new Map(
    [...groups].map((group) => [
      group,
      {
        ...emptyCells(),
        resources: resources.get(group) ?? 0,
        memory_per_instance: ratioCell(memory.get(group)),
        cpu_per_request: ratioCell(cpu.get(group)),
        energy_per_inference: ratioCell(gpu.energyPerInference.get(group)),
        tokens_per_joule: ratioCell(gpu.tokensPerJoule.get(group)),
        gpu_memory_per_model: ratioCell(gpu.gpuMemoryPerModel.get(group)),
      },
    ]),
  );
};
