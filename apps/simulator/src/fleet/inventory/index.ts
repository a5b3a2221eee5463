import type { InferenceService, ModelServer } from './ai-ml.ts';
import { createInferenceServices, createModelServers } from './ai-ml.ts';
import type { LedgerNode } from './blockchain.ts';
import { createLedgerNodes } from './blockchain.ts';
import type { PodWorkload } from './containers.ts';
import { createKubeflow, createKubernetesWorkloads } from './containers.ts';
import type { NodeEntity } from './nodes.ts';
import { createNodes } from './nodes.ts';
import type { QuantumWorkload } from './quantum.ts';
import { createQuantumWorkloads } from './quantum.ts';
import type { ServerlessService } from './serverless.ts';
import { createServerless } from './serverless.ts';
import type { WasmComponent, WasmHost } from './wasm.ts';
import { createWasmFleet } from './wasm.ts';

export type Entity =
  | WasmHost
  | WasmComponent
  | NodeEntity
  | ServerlessService
  | ModelServer
  | InferenceService
  | LedgerNode
  | QuantumWorkload
  | PodWorkload;

export type Inventory = {
  readonly entities: readonly Entity[];
  readonly find: (id: string) => Entity | undefined;
  readonly ofKind: <K extends Entity['kind']>(kind: K) => Extract<Entity, { kind: K }>[];
};

/**
 * The whole fleet: every platform of the catalog with plausible counts. Names and counts are
 * fixed; rates, sizes and ids come from the seed.
 */
export const createInventory = (seed: number): Inventory => {
  const nodes = createNodes(seed);
  const entities: Entity[] = [
    ...createWasmFleet(seed),
    ...nodes,
    ...createServerless(seed),
    ...createModelServers(seed),
    ...createInferenceServices(seed),
    ...createKubeflow(seed),
    ...createLedgerNodes(seed),
    ...createQuantumWorkloads(seed),
    ...createKubernetesWorkloads(nodes),
  ];
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  return {
    entities,
    find: (id) => byId.get(id),
    ofKind: <K extends Entity['kind']>(kind: K) =>
      entities.filter((entity): entity is Extract<Entity, { kind: K }> => entity.kind === kind),
  };
};

export type {
  InferenceService,
  LedgerNode,
  ModelServer,
  NodeEntity,
  PodWorkload,
  QuantumWorkload,
  ServerlessService,
  WasmComponent,
  WasmHost,
};
