import { describe, expect, it } from 'vitest';

import { findLabelProblem, isMetricName } from './validate-labels.ts';

describe('findLabelProblem', () => {
  it('accepts sorted, unique, valid labels with a metric name', () => {
    expect(findLabelProblem(['__name__', 'a', 'b_2'], ['up', 'x', 'y'])).toBeUndefined();
    expect(
      findLabelProblem(['Hostname', 'UUID', '__name__'], ['h', 'u', 'DCGM_FI']),
    ).toBeUndefined();
  });

  it('allows colons in metric names only', () => {
    expect(isMetricName(':tensorflow:serving:request_count')).toBe(true);
    expect(isMetricName('vllm:num_requests_running')).toBe(true);
    expect(isMetricName('')).toBe(false);
    expect(findLabelProblem(['__name__', 'a:b'], ['up', 'x'])).toMatch(/invalid label name/);
  });

  it('reports invalid UTF-8 in a name', () => {
    expect(findLabelProblem([null], ['x'])).toBe('label name is not valid UTF-8');
  });
});
