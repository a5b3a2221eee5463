import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A golden ingest case is a folder: `case.json` says how to send `input.*`, `expected.json`
 * lists the KPIs, events and unmapped families the collector must then serve back. A new case
 * is a new folder, not new code.
 */
export type Params = Record<string, string | string[]>;

export type CaseSpec = {
  description: string;
  protocol: 'prometheus_import' | 'otlp_http' | 'remote_write';
  signal?: 'metrics' | 'traces' | 'logs';
  contentType?: string;
  /** Query parameters of every request (`job`, `instance`, `platform`, `extra_label`, …). */
  params?: Params;
  /**
   * Several inputs sent in order, as successive scrapes or exports: a cumulative histogram
   * only shows its observations (sum, count) as the increase between two of them.
   */
  inputs?: { file: string; params?: Params }[];
  /** A collector bug the case shows: the case runs as an expected failure until it is fixed. */
  knownIssue?: string;
};

/**
 * Equality on the resource identity served with each series (tenant … instance); null means
 * the field must be empty, as an empty Prometheus matcher does.
 */
export type ResourceMatch = Record<string, string | null>;

export type ExpectedValue = number | 'NaN' | '+Inf' | '-Inf';

export type ExpectedSample = {
  kpi: string;
  paradigm: string;
  platform: string;
  labels?: Record<string, string>;
  resource?: ResourceMatch;
  /** Descriptive resource attributes (GET /api/v1/resources), e.g. `knative.component`. */
  attributes?: Record<string, string>;
  /** Newest value; for histogram and summary series, the newest observation count. */
  value: ExpectedValue;
  timestampMs?: number;
};

/** Observations between the case's inputs (or in its delta points), from GET /api/v1/query. */
export type ExpectedHistogram = {
  kpi: string;
  platform: string;
  paradigm?: string;
  labels?: Record<string, string>;
  resource?: ResourceMatch;
  count: number;
  sum: number;
};

export type ExpectedEvent = {
  type: string;
  platform: string;
  paradigm?: string;
  resource?: ResourceMatch;
  /** Exact event time in Unix nanoseconds, as the API serves it (a decimal string). */
  tsNs?: string;
  durationSeconds?: number;
  cold?: boolean;
  error?: boolean;
  status?: string;
  shots?: number;
  queueSeconds?: number;
  runSeconds?: number;
  attributes?: Record<string, string>;
};

/** A series that must NOT exist: what the rules skip on purpose (pause containers, …). */
export type AbsentSeries = {
  kpi: string;
  platform: string;
  labels?: Record<string, string>;
  resource?: ResourceMatch;
};

export type Expected = {
  samples?: ExpectedSample[];
  histograms?: ExpectedHistogram[];
  events?: ExpectedEvent[];
  /** Families counted as unmapped: the family, or the family and its source (import job). */
  unmapped?: (string | { source: string; family: string })[];
  absent?: AbsentSeries[];
  /** Points or samples the collector must refuse (default 0). */
  rejected?: number;
};

export type CaseInput = { file: string; body: Buffer; params: Params };

export type GoldenCase = {
  name: string;
  dir: string;
  spec: CaseSpec;
  inputs: CaseInput[];
  expected: Expected;
};

const INPUT_FILES = ['input.prom', 'input.txt', 'input.json'];

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const readInputs = (dir: string, spec: CaseSpec): CaseInput[] => {
  const shared = spec.params ?? {};
  if (spec.inputs !== undefined) {
    return spec.inputs.map(({ file, params }) => ({
      file,
      body: readFileSync(join(dir, file)),
      params: { ...shared, ...params },
    }));
  }
  const file = INPUT_FILES.find((name) => existsSync(join(dir, name)));
  if (file === undefined) throw new Error(`${dir} has no input file`);

  return [{ file, body: readFileSync(join(dir, file)), params: shared }];
};

const listDirs = (path: string): string[] =>
  readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

export const loadGoldenCases = (root: string): GoldenCase[] =>
  listDirs(root).flatMap((source) =>
    listDirs(join(root, source)).map((name) => {
      const dir = join(root, source, name);
      const spec = readJson<CaseSpec>(join(dir, 'case.json'));

      return {
        name: `${source}/${name}`,
        dir,
        spec,
        inputs: readInputs(dir, spec),
        expected: readJson<Expected>(join(dir, 'expected.json')),
      };
    }),
  );
