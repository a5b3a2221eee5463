import { describe, expect, it } from 'vitest';

import { createContext } from '../test-utils/context.ts';
import { findHistogram, readSamples } from '../test-utils/find.ts';
import { parseFixture } from '../test-utils/prom-fixture.ts';
import { toSeldonKpis } from './to-seldon.ts';

const BASE =
  'deployment_name="iris",method="post",model_image="",model_name="",model_version="",' +
  'predictor_name="default",predictor_version="",service="predictions"';
const OK = `code="200",${BASE}`;
const FAIL = `code="500",${BASE}`;
const NAME = 'seldon_api_executor_server_requests_seconds';

describe('toSeldonKpis', () => {
  const batch = toSeldonKpis(
    parseFixture(`
# TYPE ${NAME} histogram
${NAME}_bucket{${OK},le="0.005"} 10
${NAME}_bucket{${OK},le="0.1"} 90
${NAME}_bucket{${OK},le="+Inf"} 95
${NAME}_sum{${OK}} 2.5
${NAME}_count{${OK}} 95
${NAME}_bucket{${FAIL},le="0.005"} 0
${NAME}_bucket{${FAIL},le="0.1"} 3
${NAME}_bucket{${FAIL},le="+Inf"} 5
${NAME}_sum{${FAIL}} 0.9
${NAME}_count{${FAIL}} 5
`),
    createContext(),
  );
  const model = { model: 'default' };

  it('merges status codes into one latency histogram per predictor', () => {
    expect(findHistogram(batch, 'request_duration_seconds')).toMatchObject({
      labels: model,
      count: 100,
      bounds: [0.005, 0.1],
      bucketCounts: [10, 83, 7],
    });
    expect(findHistogram(batch, 'request_duration_seconds')?.sum).toBeCloseTo(3.4, 12);
  });

  it('counts requests and 5xx errors from the histogram counts', () => {
    expect(readSamples(batch, 'requests_total')).toEqual([{ labels: model, value: 100 }]);
    expect(readSamples(batch, 'errors_total')).toEqual([
      { labels: { ...model, reason: '500' }, value: 5 },
    ]);
    expect(batch.samples[0]?.resource).toMatchObject({ platform: 'seldon', workload: 'iris' });
  });
});
