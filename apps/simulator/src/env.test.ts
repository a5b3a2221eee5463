import { describe, expect, it } from 'vitest';

import { readSimulatorConfig } from './env.ts';

describe('simulator configuration', () => {
  it('has defaults for everything', () => {
    const config = readSimulatorConfig([], {});
    expect(config).toMatchObject({
      collectorUrl: 'http://127.0.0.1:4318',
      seed: 'fleetlens',
      backfillDays: 90,
      interval: 10_000,
      mode: 'both',
    });
  });

  it('reads flags first, FLEETLENS_SIM_* second', () => {
    const config = readSimulatorConfig(
      [
        '--seed',
        '42',
        '--backfill-days',
        '7',
        '--scenario',
        'node-offline:node=edge-k3s-02',
        '--scenario',
        'gpu-saturation:server=triton-01',
      ],
      { FLEETLENS_SIM_SEED: 'ignored', FLEETLENS_SIM_INTERVAL: '5s', FLEETLENS_SIM_MODE: 'live' },
    );
    expect(config).toMatchObject({ seed: '42', backfillDays: 7, interval: 5_000, mode: 'live' });
    expect(config !== 'help' && config.scenarios).toHaveLength(2);
  });

  it('fails at startup with a readable message', () => {
    expect(() => readSimulatorConfig(['--backfill-days', '200'], {})).toThrow(/backfillDays/);
    expect(() => readSimulatorConfig(['--backfill-tiers', '1h'], {})).toThrow(/tiers/);
    expect(() => readSimulatorConfig(['--scenario', 'nope:x=1'], {})).toThrow(/unknown scenario/);
    expect(readSimulatorConfig(['--help'], {})).toBe('help');
  });
});
