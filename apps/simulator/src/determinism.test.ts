import { describe, expect, it } from 'vitest';

import { createFleet } from './fleet/fleet.ts';
import { renderAt, renderFleetAt } from './render.ts';
import { DAY_MS } from './fleet/time.ts';
import { ORIGIN, T } from './test-utils/fixtures.ts';

const options = { seed: 'determinism', originMs: ORIGIN };

describe('same seed, same telemetry', () => {
  const first = renderAt(options, T);
  const second = renderAt(options, T);

  it('renders byte-identical Prometheus text for every target', () => {
    expect(Object.keys(first.prometheus).length).toBeGreaterThan(60);
    expect(second.prometheus).toEqual(first.prometheus);
  });

  it('builds identical OTLP metric data, spans, log records and remote-write bodies', () => {
    expect(JSON.stringify(second.metrics)).toBe(JSON.stringify(first.metrics));
    expect(JSON.stringify(second.spans)).toBe(JSON.stringify(first.spans));
    expect(JSON.stringify(second.logs)).toBe(JSON.stringify(first.logs));
    expect(second.remoteWrite).toEqual(first.remoteWrite);
  });

  it('does not depend on what was rendered before (no hidden state)', () => {
    const fleet = createFleet(options);
    renderFleetAt(fleet, T - 3 * DAY_MS);
    renderFleetAt(fleet, T + DAY_MS);
    const late = renderFleetAt(fleet, T);
    expect(late.prometheus).toEqual(first.prometheus);
    expect(JSON.stringify(late.metrics)).toBe(JSON.stringify(first.metrics));
  });

  it('gives different telemetry for a different seed', () => {
    const other = renderAt({ ...options, seed: 'another' }, T);
    const ids = Object.keys(first.prometheus).filter((id) => other.prometheus[id] !== undefined);
    const changed = ids.filter((id) => other.prometheus[id] !== first.prometheus[id]);
    expect(changed.length).toBeGreaterThan(ids.length * 0.9);
    expect(JSON.stringify(other.metrics)).not.toBe(JSON.stringify(first.metrics));
  });
});
