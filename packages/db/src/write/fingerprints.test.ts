import { describe, expect, it } from 'vitest';

import { resourceFingerprint, seriesFingerprint } from '../fingerprint.ts';
import { hashResourceIdentity, hashSeriesIdentity } from './fingerprints.ts';

describe('hashResourceIdentity and hashSeriesIdentity', () => {
  it('equal the canonical fingerprints bit for bit, whatever the labels hold', () => {
    const identities = [
      { tenant: 't', platform: 'kubernetes', cluster: 'c1', instance: 'pod-1' },
      { tenant: 't', paradigm: 'edge', platform: 'k3s', node: '', namespace: 'ns "x"' },
      { tenant: 'ü', platform: 'p', workload: 'a\nb', instance: null },
    ];
    for (const identity of identities) {
      expect(hashResourceIdentity(identity)).toBe(resourceFingerprint(identity));
    }
    const labelSets = [
      {},
      { cold: 'true' },
      { z: '1', a: '2', m: 'x"y\\z\n' },
      // Array-index keys come first in V8's own key order, not in sorted order.
      { '10': 'a', '9': 'b', x: 'c' },
      { 'k8s.pod.name': 'p', __proto__: 'not a prototype' },
    ];
    for (const labels of labelSets) {
      const map = Object.assign(Object.create(null) as Record<string, string>, labels);
      expect(hashSeriesIdentity('memory_bytes', 'fp', map)).toBe(
        seriesFingerprint('memory_bytes', 'fp', map),
      );
    }
    expect(hashSeriesIdentity('up', 'fp')).toBe(seriesFingerprint('up', 'fp'));
  });
});
