import type { Fleet } from '../fleet/fleet.ts';
import { parseText } from '../emit/prom/parse-text.ts';

/** The value of the first sample of `name` (with all `labels`) that a target renders at `t`. */
export const valueOf = (
  fleet: Fleet,
  targetId: string,
  t: number,
  name: string,
  labels: Record<string, string> = {},
): number => {
  const target = fleet.targets.find((candidate) => candidate.id === targetId);
  if (target === undefined) throw new Error(`no target ${targetId}`);
  const sample = parseText(target.render(fleet.ctx, t)).find(
    (s) =>
      s.name === name &&
      Object.entries(labels).every(([k, v]) =>
        s.labels.some(([n, value]) => n === k && value === v),
      ),
  );
  if (sample === undefined) throw new Error(`no ${name} on ${targetId}`);

  return sample.value;
};
