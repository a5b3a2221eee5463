import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toCordaKpis } from './to-corda.ts';

describe('toCordaKpis', () => {
  it('reads untyped JMX flow counts as requests and leaves the rest unmapped', () => {
    const batch = toCordaKpis(
      parseFixture(`
# HELP net_corda_Flows_Started_Count Attribute exposed for management net.corda:name=Started,type=Flows,attribute=Count
# TYPE net_corda_Flows_Started_Count untyped
net_corda_Flows_Started_Count 321
# TYPE net_corda_Flows_Finished_Count untyped
net_corda_Flows_Finished_Count 318
`),
      createContext({ job: 'corda-jmx' }),
    );
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 321 }]);
    expect(batch.samples[0]?.resource.platform).toBe('corda');
    expect(batch.unmapped).toEqual([
      { source: 'corda-jmx', family: 'net_corda_Flows_Finished_Count', count: 1 },
    ]);
  });

  it('accepts the lower-cased names of lowercaseOutputName', () => {
    const batch = toCordaKpis(parseFixture('net_corda_flows_started_count 9'), createContext());
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: {}, value: 9 }]);
  });
});
