/**
 * The parts of the JSON read API (docs/api.md) the golden runner reads. Types are written
 * out here rather than imported from the collector, so a change in what the API serves
 * breaks these tests instead of being followed silently.
 */
export type ApiValue = number | string;

export type ApiSeries = {
  id: number;
  kpi: string;
  unit: string;
  kind: string;
  labels: Record<string, string>;
  resource: Record<string, string | number | null> & { id: number };
  latest: { timestampMs: number; value: ApiValue; stale: boolean } | null;
};

export type ApiResource = Record<string, unknown> & {
  id: number;
  attributes: Record<string, unknown>;
};

export type ApiEvent = {
  id: number;
  type: string;
  resourceId: number;
  platform: string;
  paradigm: string;
  tsNs: string;
  durationSeconds: number | null;
  cold: boolean | null;
  error: boolean | null;
  status: string | null;
  shots: number | null;
  queueSeconds: number | null;
  runSeconds: number | null;
  attributes: Record<string, string>;
};

export type ApiUnmapped = { source: string; family: string; count: number };

export type ApiRange = {
  series: { group: Record<string, string>; points: [number, ApiValue][] }[];
};

export type Query = Record<string, string | undefined>;

const toUrl = (baseUrl: string, path: string, query: Query): string => {
  const url = new URL(path, baseUrl);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, value);
  }

  return url.toString();
};

const getJson = async <T>(baseUrl: string, path: string, query: Query = {}): Promise<T> => {
  const url = toUrl(baseUrl, path, query);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);

  return (await response.json()) as T;
};

export const createReadApi = (baseUrl: string) => ({
  listSeries: async (query: Query) =>
    (await getJson<{ series: ApiSeries[] }>(baseUrl, '/api/v1/series', query)).series,
  listResources: async (query: Query) =>
    (await getJson<{ resources: ApiResource[] }>(baseUrl, '/api/v1/resources', query)).resources,
  listEvents: async (query: Query) =>
    (await getJson<{ events: ApiEvent[] }>(baseUrl, '/api/v1/events', query)).events,
  listUnmapped: async () =>
    (await getJson<{ unmapped: ApiUnmapped[] }>(baseUrl, '/api/v1/unmapped')).unmapped,
  queryRange: async (query: Query) => await getJson<ApiRange>(baseUrl, '/api/v1/query', query),
});

export type ReadApi = ReturnType<typeof createReadApi>;
