import { describe, expect, it } from 'vitest';

import { createResourceCache, toResourceKey } from './resource.ts';
import type { ResourceFields } from './resource.ts';

describe('createResourceCache', () => {
  it('gives resources of one identity one attribute set holding all of them', () => {
    const cache = createResourceCache('acme');
    const create = (fields: ResourceFields) =>
      cache.create(toResourceKey('knative', fields), 'knative', 'serverless', fields);
    const queue = create({ workload: 'hello', attributes: { 'knative.revision': 'hello-1' } });
    const proxy = create({ workload: 'hello', attributes: { 'knative.component': 'queue-proxy' } });
    const other = create({ workload: 'bye', attributes: { 'knative.revision': 'bye-1' } });
    expect(queue).not.toBe(proxy);
    expect(queue.attributes).toEqual({
      'knative.revision': 'hello-1',
      'knative.component': 'queue-proxy',
    });
    expect(proxy.attributes).toBe(queue.attributes);
    expect(other.attributes).toEqual({ 'knative.revision': 'bye-1' });
  });

  it('never changes the attributes object it was given', () => {
    const cache = createResourceCache('acme');
    const shared = { job: 'a' };
    cache.create('1', 'k3s', 'edge', { node: 'n', attributes: shared });
    cache.create('2', 'k3s', 'edge', { node: 'n', attributes: { job: 'b', zone: 'z' } });
    expect(shared).toEqual({ job: 'a' });
  });
});
