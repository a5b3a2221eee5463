import { describe, expect, it } from 'vitest';

import { maturityParts, observeMaturity, stageOfScore } from './maturity.ts';
import type { MaturityInputs } from './maturity.ts';

const inputs = (overrides: Partial<MaturityInputs> = {}): MaturityInputs => ({
  resources: 40,
  adoptionShare: 0.125,
  errorRate: 0.01,
  requests: 10_000,
  unavailability: 0.02,
  availabilitySource: 'up_kpi',
  platformsSeen: 3,
  platformsListed: 6,
  ...overrides,
});

describe('maturityParts', () => {
  it('scales adoption to a quarter of the fleet, reliability by availability and error budget', () => {
    const parts = maturityParts(inputs());
    expect(parts.adoption).toBeCloseTo(0.5, 12);
    // (1 − 0.02) · (1 − 0.01 / 0.05)
    expect(parts.reliability).toBeCloseTo(0.98 * 0.8, 12);
    expect(parts.breadth).toBeCloseTo(0.5, 12);
  });

  it('caps every part to 0..1 and leaves an unknown error rate out', () => {
    const parts = maturityParts(
      inputs({ adoptionShare: 0.6, errorRate: 0.2, platformsSeen: 9, unavailability: 0 }),
    );
    expect(parts).toEqual({ adoption: 1, reliability: 0, breadth: 1 });
    expect(maturityParts(inputs({ errorRate: null, unavailability: 0.1 })).reliability).toBeCloseTo(
      0.9,
      12,
    );
    expect(maturityParts(inputs({ platformsListed: 0 })).breadth).toBe(0);
  });
});

describe('observeMaturity', () => {
  it('weights the parts 0.4 / 0.35 / 0.25', () => {
    const observed = observeMaturity(inputs());
    expect(observed.score).toBeCloseTo(0.4 * 0.5 + 0.35 * 0.784 + 0.25 * 0.5, 12);
    expect(observed.stage).toBe('recovering');
  });

  it('calls a broad, reliable, widely used paradigm mature and a marginal one emerging', () => {
    const mature = inputs({
      adoptionShare: 0.3,
      errorRate: 0,
      unavailability: 0,
      platformsSeen: 6,
    });
    expect(observeMaturity(mature)).toMatchObject({ stage: 'mature', score: 1 });
    const emerging = inputs({ adoptionShare: 0.02, errorRate: 0.04, platformsSeen: 1 });
    expect(observeMaturity(emerging).stage).toBe('emerging');
  });

  it('scores nothing below three resources', () => {
    expect(observeMaturity(inputs({ resources: 2 }))).toMatchObject({ stage: null, score: null });
  });
});

describe('stageOfScore', () => {
  it('cuts at 0.5 and 0.75, lower bounds inclusive', () => {
    expect(stageOfScore(0.49)).toBe('emerging');
    expect(stageOfScore(0.5)).toBe('recovering');
    expect(stageOfScore(0.749)).toBe('recovering');
    expect(stageOfScore(0.75)).toBe('mature');
  });
});
