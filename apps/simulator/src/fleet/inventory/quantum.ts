import { between } from '../distributions.ts';
import type { EntityBase } from '../types.ts';
import { loadOf, rngFor } from './common.ts';

export type QuantumBackend = {
  readonly name: string;
  readonly qubits: number;
  /** Median queue wait and run time in seconds; simulators barely queue. */
  readonly queueSeconds: number;
  readonly runSeconds: number;
};

/** A notebook or pipeline that submits quantum jobs; its request stream counts jobs. */
export type QuantumWorkload = EntityBase & {
  readonly kind: 'quantum';
  /** The word `quantum.provider` carries: ibm, google, xanadu, aws. */
  readonly provider: string;
  readonly backends: readonly QuantumBackend[];
  readonly shots: readonly number[];
  /** PennyLane workloads also report `qml.Tracker` totals. */
  readonly tracker: boolean;
  readonly sdkVersion: string;
};

type Plan = [string, string, string, number, number, readonly QuantumBackend[]];

const backend = (name: string, qubits: number, queueSeconds: number, runSeconds: number) => ({
  name,
  qubits,
  queueSeconds,
  runSeconds,
});

const PLANS: readonly Plan[] = [
  [
    'vqe-chemistry',
    'qiskit',
    'ibm',
    1.2,
    0,
    [backend('ibm_brisbane', 127, 1500, 6), backend('ibm_kyiv', 127, 900, 5)],
  ],
  [
    'qaoa-logistics',
    'qiskit',
    'ibm',
    0.8,
    0.3,
    [backend('ibm_sherbrooke', 127, 2400, 9), backend('ibm_torino', 133, 1200, 7)],
  ],
  [
    'cirq-noise-study',
    'cirq',
    'google',
    2,
    0,
    [backend('weber', 53, 600, 4), backend('simulator', 32, 2, 14)],
  ],
  ['cirq-error-mitigation', 'cirq', 'google', 1, 0.45, [backend('rainbow', 23, 420, 3)]],
  [
    'qml-training',
    'pennylane',
    'xanadu',
    6,
    0,
    [backend('default.qubit', 24, 0.4, 2), backend('lightning.qubit', 28, 0.3, 1.2)],
  ],
  [
    'qml-hybrid-classifier',
    'pennylane',
    'xanadu',
    3,
    0.2,
    [backend('lightning.gpu', 30, 0.5, 0.9)],
  ],
  [
    'braket-portfolio-opt',
    'amazon-braket',
    'aws',
    1.5,
    0,
    [backend('SV1', 34, 8, 25), backend('Aria-1', 25, 5400, 40), backend('Ankaa-3', 84, 1800, 18)],
  ],
  ['braket-annealing-bench', 'amazon-braket', 'aws', 0.6, 0.5, [backend('Garnet', 20, 900, 12)]],
];

const SDK_VERSIONS: Readonly<Record<string, string>> = {
  qiskit: '1.3.2',
  cirq: '1.4.1',
  pennylane: '0.40.0',
  'amazon-braket': '1.88.2',
};

export const createQuantumWorkloads = (seed: number): QuantumWorkload[] =>
  PLANS.map(([id, platform, provider, jobsPerHour, appearsAt, backends]) => {
    const rng = rngFor(seed, id);

    return {
      kind: 'quantum',
      id,
      name: id,
      platform,
      paradigm: 'quantum',
      provider,
      backends,
      shots: platform === 'pennylane' ? [100, 1000, 2000] : [1024, 4096, 8192],
      tracker: platform === 'pennylane',
      sdkVersion: SDK_VERSIONS[platform] ?? '1.0.0',
      appearsAt,
      restartEveryDays: 14,
      load: loadOf(rng, {
        baseRate: jobsPerHour / 3600,
        diurnal: between(rng, 0.5, 0.8),
        noise: 0.4,
      }),
      growth: { from: 0.6, to: 1.4 },
      errorRatio: between(rng, 0.02, 0.07),
    } satisfies QuantumWorkload;
  });
