import { STARTUP_BANDS } from '@fleetlens/schema';
import { describe, expect, it } from 'vitest';

import {
  adoptionTolerance,
  bandVerdict,
  fractionVerdict,
  lowerIsBetterVerdict,
  rankOrderVerdict,
  stageVerdict,
} from './verdict.ts';

const seconds = STARTUP_BANDS['秒级'];
const minutes = STARTUP_BANDS['分钟级'];

describe('bandVerdict', () => {
  it('is consistent when the band contains the value, lower bound inclusive', () => {
    expect(bandVerdict(seconds, { value: 2.3, samples: 50 }, 10)).toBe('consistent');
    expect(bandVerdict(seconds, { value: 1, samples: 50 }, 10)).toBe('consistent');
  });

  it('deviates outside the band, upper bound exclusive, open band unbounded', () => {
    expect(bandVerdict(seconds, { value: 60, samples: 50 }, 10)).toBe('deviates');
    expect(bandVerdict(seconds, { value: 0.3, samples: 50 }, 10)).toBe('deviates');
    expect(bandVerdict(minutes, { value: 3600, samples: 50 }, 10)).toBe('consistent');
  });

  it('has not enough data below the minimum sample or without a value', () => {
    expect(bandVerdict(seconds, { value: 2, samples: 9 }, 10)).toBe('insufficient');
    expect(bandVerdict(seconds, { value: null, samples: 50 }, 10)).toBe('insufficient');
    expect(bandVerdict(seconds, { value: Number.NaN, samples: 50 }, 10)).toBe('insufficient');
  });
});

describe('rankOrderVerdict', () => {
  const m = (value: number | null, samples = 5) => ({ value, samples });

  it('holds a resource order: higher rank measures higher', () => {
    const row = [
      { id: 'wasm', rank: 0, measured: m(20) },
      { id: 'edge', rank: 1, measured: m(200) },
      { id: 'ai_ml', rank: 4, measured: m(900) },
    ];
    const check = rankOrderVerdict(row[1] as (typeof row)[number], row, 3, true);
    expect(check.verdict).toBe('consistent');
    expect(check.pairs).toEqual([
      { peer: 'wasm', peerValue: 20, expected: 'higher', holds: true },
      { peer: 'ai_ml', peerValue: 900, expected: 'lower', holds: true },
    ]);
  });

  it('deviates when any pair is out of order, and names it', () => {
    const row = [
      { id: 'edge', rank: 1, measured: m(900) },
      { id: 'ai_ml', rank: 4, measured: m(400) },
    ];
    const check = rankOrderVerdict(row[0] as (typeof row)[number], row, 3, true);
    expect(check.verdict).toBe('deviates');
    expect(check.pairs[0]).toMatchObject({ peer: 'ai_ml', expected: 'lower', holds: false });
  });

  it('reads performance from latency: a higher rank should be faster', () => {
    const row = [
      { id: 'wasm', rank: 1, measured: m(0.003, 100) },
      { id: 'serverless', rank: 0, measured: m(0.1, 100) },
    ];
    expect(rankOrderVerdict(row[0] as (typeof row)[number], row, 30, false).verdict).toBe(
      'consistent',
    );
  });

  it('ignores equal ranks and peers without enough data', () => {
    const row = [
      { id: 'wasm', rank: 1, measured: m(10) },
      { id: 'ai_ml', rank: 1, measured: m(5) },
      { id: 'edge', rank: 0, measured: m(1, 1) },
    ];
    expect(rankOrderVerdict(row[0] as (typeof row)[number], row, 3, true)).toEqual({
      verdict: 'insufficient',
      pairs: [],
    });
  });
});

describe('lowerIsBetterVerdict', () => {
  it('is consistent when the favoured side measures lower', () => {
    expect(lowerIsBetterVerdict({ value: 0.004, samples: 20 }, { value: 2, samples: 20 }, 10)).toBe(
      'consistent',
    );
    expect(lowerIsBetterVerdict({ value: 3, samples: 20 }, { value: 2, samples: 20 }, 10)).toBe(
      'deviates',
    );
    expect(lowerIsBetterVerdict({ value: 3, samples: 20 }, { value: 2, samples: 2 }, 10)).toBe(
      'insufficient',
    );
  });
});

describe('fractionVerdict', () => {
  it('allows a quarter of the claim, at least five percentage points', () => {
    expect(adoptionTolerance(0.6)).toBeCloseTo(0.15, 12);
    expect(adoptionTolerance(0.1)).toBe(0.05);
    expect(fractionVerdict(0.6, { value: 0.45, samples: 100 }, 20)).toBe('consistent');
    expect(fractionVerdict(0.6, { value: 0.44, samples: 100 }, 20)).toBe('deviates');
    expect(fractionVerdict(0.05, { value: 0.1, samples: 100 }, 20)).toBe('consistent');
    expect(fractionVerdict(0.05, { value: 0.11, samples: 100 }, 20)).toBe('deviates');
    expect(fractionVerdict(0.05, { value: 0.05, samples: 19 }, 20)).toBe('insufficient');
  });
});

describe('stageVerdict', () => {
  it('compares stages, with no stage meaning not enough data', () => {
    expect(stageVerdict('emerging', 'emerging')).toBe('consistent');
    expect(stageVerdict('mature', 'recovering')).toBe('deviates');
    expect(stageVerdict('mature', null)).toBe('insufficient');
  });
});
