import type { Platform } from '../platform.ts';

/** Quantum SDKs (主要平台2.5) plus Amazon Braket, a managed service reporting task status. */
export const QUANTUM_PLATFORMS: readonly Platform[] = [
  {
    id: 'qiskit',
    paradigms: ['quantum'],
    displayName: 'Qiskit',
    kind: 'sdk',
    description: { zh: 'IBM量子计算平台', en: 'IBM quantum computing platform' },
    documented: true,
  },
  {
    id: 'cirq',
    paradigms: ['quantum'],
    displayName: 'Cirq',
    kind: 'sdk',
    description: { zh: 'Google量子计算平台', en: 'Google quantum computing platform' },
    documented: true,
  },
  {
    id: 'pennylane',
    paradigms: ['quantum'],
    displayName: 'PennyLane',
    kind: 'sdk',
    description: { zh: '量子机器学习平台', en: 'Quantum machine learning platform' },
    documented: true,
  },
  {
    id: 'amazon-braket',
    paradigms: ['quantum'],
    displayName: 'Amazon Braket',
    kind: 'managed_service',
    documented: false,
  },
];
