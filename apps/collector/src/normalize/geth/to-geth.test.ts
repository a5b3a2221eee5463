import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toGethKpis } from './to-geth.ts';

/** geth's own encoder: no HELP, counters typed gauge, timers as `_count` + summary in ns. */
const SCRAPE = `
# TYPE chain_head_block gauge
chain_head_block 19876543

# TYPE p2p_peers gauge
p2p_peers 47

# TYPE txpool_pending gauge
txpool_pending 3120

# TYPE rpc_requests gauge
rpc_requests 120034

# TYPE rpc_failure gauge
rpc_failure 12

# TYPE rpc_duration_all_count counter
rpc_duration_all_count 120034

# TYPE rpc_duration_all summary
rpc_duration_all {quantile="0.50"} 1.257894e+06
rpc_duration_all {quantile="0.75"} 2.1e+06
rpc_duration_all {quantile="0.99"} 9.8e+06

# TYPE chain_inserts_count counter
chain_inserts_count 0

# TYPE chain_inserts summary
chain_inserts {quantile="0.5"} 0
`;

describe('toGethKpis', () => {
  const batch = toGethKpis(parseFixture(SCRAPE), createContext({ job: 'geth' }));

  it('reads chain height, peers and txpool depth', () => {
    expect(readSamples(batch, 'block_height')).toEqual([{ labels: {}, value: 19_876_543 }]);
    expect(readSamples(batch, 'peers')).toEqual([{ labels: {}, value: 47 }]);
    expect(readSamples(batch, 'queue_depth')).toEqual([{ labels: {}, value: 3120 }]);
    expect(batch.samples[0]?.resource).toMatchObject({
      paradigm: 'blockchain',
      platform: 'geth',
    });
  });

  it('treats the RPC counters typed gauge as counters', () => {
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 120_034 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([
      { labels: { reason: 'rpc_failure' }, value: 12 },
    ]);
  });

  it('reads ns timer quantiles ("0.50") as seconds, count from the sibling counter', () => {
    expect(batch.summaries).toHaveLength(1);
    const [summary] = batch.summaries;
    expect(summary?.kpi).toBe('request_duration_seconds');
    expect(summary?.count).toBe(120_034);
    expect(summary?.sum).toBeNaN();
    expect(summary?.quantiles).toEqual([
      { quantile: 0.5, value: 0.001257894 },
      { quantile: 0.75, value: 0.0021 },
      { quantile: 0.99, value: 0.0098 },
    ]);
  });

  it('counts timers no rule reads as unmapped, but not the sibling count it used', () => {
    expect(batch.unmapped).toEqual([
      { source: 'geth', family: 'chain_inserts_count', count: 1 },
      { source: 'geth', family: 'chain_inserts', count: 1 },
    ]);
  });

  it('skips a timer summary whose count is nowhere (idle cannot be told apart)', () => {
    const lone = toGethKpis(
      parseFixture('# TYPE rpc_duration_all summary\nrpc_duration_all {quantile="0.5"} 7'),
      createContext(),
    );
    expect(lone.summaries).toEqual([]);
  });
});
