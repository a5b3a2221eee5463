import { uncompress } from 'snappyjs';
import { describe, expect, it } from 'vitest';

// The collector's decoder: what the simulator pushes must be what the collector reads.
import { decodeRemoteWrite } from '../../../../collector/src/decode/remote-write/index.ts';
import { createFleet } from '../../fleet/fleet.ts';
import { ORIGIN, T } from '../../test-utils/fixtures.ts';
import { compressBlock, encodeWriteRequest } from './encode.ts';
import { createNodeSeries } from './series.ts';

describe('remote-write', () => {
  it('encodes a WriteRequest the collector decodes sample for sample', () => {
    const bytes = encodeWriteRequest([
      {
        labels: [
          ['job', 'node'],
          ['__name__', 'up'],
          ['instance', 'a:9100'],
        ],
        samples: [{ value: 1, timestampMs: T }],
      },
      {
        labels: [['__name__', 'node_load1']],
        samples: [
          { value: 0.25, timestampMs: T },
          { value: 0.5, timestampMs: T + 15_000 },
        ],
      },
    ]);
    const { samples, rejected } = decodeRemoteWrite(uncompress(compressBlock(bytes)));
    expect(rejected).toEqual([]);
    expect(samples.map(({ name, value, timestampMs }) => [name, value, timestampMs])).toEqual([
      ['up', 1, T],
      ['node_load1', 0.25, T],
      ['node_load1', 0.5, T + 15_000],
    ]);
  });

  it("pushes an edge node's exporters with sorted, non-empty labels and the node's edge label", () => {
    const fleet = createFleet({ seed: 'rw', originMs: ORIGIN });
    for (const node of fleet.remoteWriteNodes) {
      const series = createNodeSeries(fleet.ctx, node, T);
      const { samples, rejected } = decodeRemoteWrite(encodeWriteRequest(series));
      expect(rejected).toEqual([]);
      expect(samples.length).toBe(series.length);
      expect(series.every(({ labels }) => labels.every(([, value]) => value !== ''))).toBe(true);
      const edgeLabels = [
        'node_kubernetes_io_instance_type',
        'node_role_kubernetes_io_edge',
        'openyurt_io_is_edge_worker',
      ];
      expect(
        samples.every((sample) => edgeLabels.some((label) => sample.labels[label] !== undefined)),
      ).toBe(true);
    }
  });
});
