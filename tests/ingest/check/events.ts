import { WINDOW } from '../clock.ts';
import type { ExpectedEvent } from '../golden-case.ts';
import type { ApiEvent, ReadApi } from '../read-api.ts';
import { describeLabels, isSameValue, isSubset } from './match.ts';
import type { ResourceLookup } from './resources.ts';

const NUMBER_FIELDS = ['durationSeconds', 'shots', 'queueSeconds', 'runSeconds'] as const;
const EXACT_FIELDS = ['paradigm', 'tsNs', 'cold', 'error', 'status'] as const;

const matchesEvent = async (
  expected: ExpectedEvent,
  event: ApiEvent,
  resources: ResourceLookup,
): Promise<boolean> => {
  for (const field of NUMBER_FIELDS) {
    const value = expected[field];
    if (value !== undefined && !isSameValue(value, event[field])) return false;
  }
  for (const field of EXACT_FIELDS) {
    const value = expected[field];
    if (value !== undefined && value !== event[field]) return false;
  }
  if (!isSubset(expected.attributes, event.attributes)) return false;
  if (expected.resource === undefined) return true;
  const resource = await resources(event.platform, event.resourceId);

  return resource !== undefined && isSubset(expected.resource, resource);
};

const describeEvent = (event: ApiEvent | ExpectedEvent): string => {
  const { type, platform, attributes, ...fields } = event;
  const resource =
    'resource' in event && event.resource ? ` ${describeLabels(event.resource)}` : '';

  return `${type} on ${platform}${resource} ${describeLabels({ ...fields, ...attributes })}`;
};

/** Each expected event matches its own stored event: two expected colds need two colds. */
export const checkEvents = async (
  api: ReadApi,
  resources: ResourceLookup,
  events: readonly ExpectedEvent[],
): Promise<string[]> => {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const expected of events) {
    const stored = await api.listEvents({
      type: expected.type,
      platform: expected.platform,
      from: WINDOW.from,
      to: WINDOW.to,
      limit: '10000',
    });
    let found: ApiEvent | undefined;
    for (const event of stored) {
      if (used.has(event.id) || !(await matchesEvent(expected, event, resources))) continue;
      found = event;
      break;
    }
    if (found === undefined) {
      const seen = stored.map(describeEvent).join('; ') || 'none';
      problems.push(`missing event ${describeEvent(expected)}; stored: ${seen}`);
      continue;
    }
    used.add(found.id);
  }

  return problems;
};
