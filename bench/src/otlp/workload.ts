import { ProtoMessage } from './proto-writer.ts';

/**
 * The OTLP counterpart of workload.ts: per target, one ExportMetricsServiceRequest as the
 * kubeletstats receiver would send it, with OTel k8s/container semantic-convention names the
 * normalizer maps (k8s.pod.cpu.time, k8s.pod.memory.working_set, container.cpu.time,
 * container.memory.usage) beside ones it only counts (network and filesystem metrics), about
 * as many data points as the text workload has samples. Field numbers from opentelemetry-proto
 * metrics/v1. Deterministic for a given target index.
 */
const CUMULATIVE = 2;
const CPU_MODES = ['user', 'system', 'wait'];
const INTERFACES = Array.from({ length: 24 }, (_, i) => `eth${i}`);
const CONTAINERS = 8;

type Point = { attributes: [string, string][]; value: number };

const keyValue = (key: string, value: string): ProtoMessage =>
  new ProtoMessage().string(1, key).message(2, new ProtoMessage().string(1, value));

const numberPoint = (point: Point, timeNs: bigint): ProtoMessage => {
  const message = new ProtoMessage()
    .fixed64(2, timeNs - 3_600_000_000_000n)
    .fixed64(3, timeNs)
    .double(4, point.value);
  for (const [key, value] of point.attributes) message.message(7, keyValue(key, value));

  return message;
};

const metric = (
  name: string,
  unit: string,
  shape: 'gauge' | 'sum' | 'updown',
  points: Point[],
  timeNs: bigint,
): ProtoMessage => {
  const data = new ProtoMessage();
  for (const point of points) data.message(1, numberPoint(point, timeNs));
  if (shape !== 'gauge') data.uint(2, CUMULATIVE).uint(3, shape === 'sum' ? 1 : 0);

  return new ProtoMessage()
    .string(1, name)
    .string(3, unit)
    .message(shape === 'gauge' ? 5 : 7, data);
};

const resourceMetrics = (attributes: [string, string][], metrics: ProtoMessage[]) => {
  const resource = new ProtoMessage();
  for (const [key, value] of attributes) resource.message(1, keyValue(key, value));
  const scope = new ProtoMessage().message(
    1,
    new ProtoMessage().string(1, 'kubeletstatsreceiver').string(2, '0.120.0'),
  );
  for (const item of metrics) scope.message(2, item);

  return new ProtoMessage().message(1, resource).message(2, scope);
};

const byMode = (base: number): Point[] =>
  CPU_MODES.map((mode, i) => ({ attributes: [['cpu.mode', mode]], value: base + i }));

const perInterface = (base: number): Point[] =>
  INTERFACES.flatMap((iface, i) =>
    ['receive', 'transmit'].map((direction) => ({
      attributes: [
        ['network.interface.name', iface],
        ['network.io.direction', direction],
      ] as [string, string][],
      value: base + i,
    })),
  );

export const renderOtlpTarget = (
  target: number,
  round: number,
  timeNs: bigint,
): { body: Uint8Array; points: number } => {
  const pod: [string, string][] = [
    ['k8s.namespace.name', `ns-${target % 20}`],
    ['k8s.pod.name', `pod-${target}`],
    ['k8s.node.name', `node-${target % 50}`],
    ['k8s.deployment.name', `deploy-${target % 200}`],
  ];
  let points = 0;
  const count = (list: Point[]): Point[] => {
    points += list.length;
    return list;
  };
  const request = new ProtoMessage().message(
    1,
    resourceMetrics(pod, [
      metric('k8s.pod.cpu.time', 's', 'sum', count(byMode(round * 1.5)), timeNs),
      metric(
        'k8s.pod.memory.working_set',
        'By',
        'gauge',
        count([{ attributes: [], value: 1.2e8 + round }]),
        timeNs,
      ),
      metric('k8s.pod.network.io', 'By', 'sum', count(perInterface(round * 1000)), timeNs),
      metric('k8s.pod.network.errors', '{error}', 'sum', count(perInterface(round)), timeNs),
    ]),
  );
  for (let container = 0; container < CONTAINERS; container++) {
    const attributes: [string, string][] = [...pod, ['k8s.container.name', `c${container}`]];
    request.message(
      1,
      resourceMetrics(attributes, [
        metric('container.cpu.time', 's', 'sum', count(byMode(round + container)), timeNs),
        metric(
          'container.memory.usage',
          'By',
          'updown',
          count([{ attributes: [], value: 1e8 + container * 1e6 + round }]),
          timeNs,
        ),
        metric(
          'container.filesystem.usage',
          'By',
          'updown',
          count(
            Array.from({ length: 8 }, (_, i) => ({
              attributes: [['device', `/dev/sd${i}`]] as [string, string][],
              value: 1e9 + i,
            })),
          ),
          timeNs,
        ),
      ]),
    );
  }

  return { body: request.finish(), points };
};
