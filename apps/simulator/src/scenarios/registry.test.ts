import { describe, expect, it } from 'vitest';

import { createScenario, parseScenarioFlag, SCENARIO_NAMES } from './registry.ts';

const NOW = Date.UTC(2025, 5, 1, 12);

describe('scenario registry', () => {
  it('knows the five scenarios', () => {
    expect(SCENARIO_NAMES).toEqual([
      'cold-start-regression',
      'node-offline',
      'gpu-saturation',
      'chain-stall',
      'quantum-queue-surge',
    ]);
  });

  it('parses the --scenario flag and resolves relative times when injected', () => {
    const request = parseScenarioFlag(
      'cold-start-regression:platform=aws-lambda,percent=40,from=-1h',
    );
    expect(request).toEqual({
      name: 'cold-start-regression',
      params: { platform: 'aws-lambda', percent: '40', from: '-1h' },
    });
    expect(createScenario(request, NOW)).toEqual({
      name: 'cold-start-regression',
      params: { platform: 'aws-lambda', percent: 40 },
      fromMs: NOW - 3_600_000,
    });
  });

  it('fills defaults and normalizes provider names', () => {
    expect(
      createScenario({ name: 'quantum-queue-surge', params: { provider: 'IBM' } }, NOW),
    ).toEqual({
      name: 'quantum-queue-surge',
      params: { provider: 'qiskit', factor: 8 },
      fromMs: NOW,
    });
    expect(
      createScenario({ name: 'node-offline', params: { node: 'edge-k3s-02', until: '+30m' } }, NOW),
    ).toMatchObject({ untilMs: NOW + 1_800_000 });
  });

  it('refuses unknown names, malformed pairs and bad parameters', () => {
    expect(() => parseScenarioFlag('meteor-strike:x=1')).toThrow(/unknown scenario/);
    expect(() => parseScenarioFlag('node-offline:edge-k3s-02')).toThrow(/key=value/);
    expect(() => createScenario({ name: 'node-offline', params: {} }, NOW)).toThrow();
    expect(() =>
      createScenario({ name: 'quantum-queue-surge', params: { provider: 'dwave' } }, NOW),
    ).toThrow(/provider/);
    expect(() =>
      createScenario(
        { name: 'chain-stall', params: { peer: 'p', from: '-1h', until: '-2h' } },
        NOW,
      ),
    ).toThrow(/until/);
  });
});
