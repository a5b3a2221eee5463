import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A golden ingest case is a folder: `case.json` says how to send `input.*`, `expected.json`
 * lists the KPIs, events and unmapped families the collector must then serve back. A new case
 * is a new folder, not new code.
 */
export type GoldenCase = {
  name: string;
  dir: string;
  spec: {
    description: string;
    protocol: 'prometheus_import' | 'otlp_http';
    signal?: 'metrics' | 'traces' | 'logs';
    contentType?: string;
    params?: Record<string, string>;
  };
  input: Buffer;
  expected: {
    samples?: ExpectedSample[];
    events?: ExpectedEvent[];
    unmapped?: string[];
    histograms?: { kpi: string; platform: string; count: number; sum: number }[];
  };
};

export type ExpectedSample = {
  kpi: string;
  paradigm: string;
  platform: string;
  labels?: Record<string, string>;
  resource?: Record<string, string>;
  value: number | 'NaN' | '+Inf' | '-Inf';
};

export type ExpectedEvent = {
  type: string;
  platform: string;
  durationSeconds?: number;
  cold?: boolean;
  status?: string;
  shots?: number;
};

const INPUT_FILES = ['input.prom', 'input.txt', 'input.json', 'input.bin'];

export const loadGoldenCases = (root: string): GoldenCase[] =>
  readdirSync(root, { withFileTypes: true })
    .filter((source) => source.isDirectory())
    .flatMap((source) =>
      readdirSync(join(root, source.name), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => {
          const dir = join(root, source.name, entry.name);
          const inputFile = INPUT_FILES.find((file) => existsSync(join(dir, file)));
          if (!inputFile) throw new Error(`${dir} has no input file`);

          return {
            name: `${source.name}/${entry.name}`,
            dir,
            spec: JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as GoldenCase['spec'],
            input: readFileSync(join(dir, inputFile)),
            expected: JSON.parse(
              readFileSync(join(dir, 'expected.json'), 'utf8'),
            ) as GoldenCase['expected'],
          };
        }),
    );
