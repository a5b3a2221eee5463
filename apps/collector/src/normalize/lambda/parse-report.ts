/**
 * The Lambda REPORT log line, tab-separated in CloudWatch and space-separated once copied
 * around:
 * `REPORT RequestId: 8f50… Duration: 1201.12 ms Billed Duration: 1300 ms Memory Size: 128 MB
 *  Max Memory Used: 78 MB Init Duration: 287.33 ms`.
 * Init Duration appears only on cold starts; `Status: timeout|error` only on failures, which
 * is why the normalizer reads the line itself rather than only the fields decoding needs.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-view.html
 */
export type LambdaReport = {
  requestId: string;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
  initDurationMs?: number;
  status?: string;
};

const PREFIX = 'REPORT RequestId:';

/** Longer field names first, so "Billed Duration" is never read as "Duration". */
const FIELD = new RegExp(
  '(?:^|\\s)(RequestId|Billed Restore Duration|Restore Duration|Billed Duration|' +
    'Init Duration|Max Memory Used|Memory Size|Duration|Status|Error Type): ',
  'g',
);

const readFields = (line: string): Map<string, string> => {
  const fields = new Map<string, string>();
  const matches = [...line.matchAll(FIELD)];
  matches.forEach((match, position) => {
    const name = match[1] ?? '';
    const start = match.index + match[0].length;
    const end = matches[position + 1]?.index ?? line.length;
    fields.set(name, line.slice(start, end).trim());
  });

  return fields;
};

const readNumber = (fields: Map<string, string>, name: string): number | undefined => {
  const text = fields.get(name);
  const value = text === undefined ? Number.NaN : Number.parseFloat(text);

  return Number.isFinite(value) ? value : undefined;
};

export const isLambdaReport = (line: string): boolean => line.trimStart().startsWith(PREFIX);

export const parseLambdaReport = (line: string): LambdaReport | null => {
  if (!isLambdaReport(line)) return null;
  const fields = readFields(line.trim());
  const requestId = fields.get('RequestId');
  const durationMs = readNumber(fields, 'Duration');
  const billedDurationMs = readNumber(fields, 'Billed Duration');
  const memorySizeMb = readNumber(fields, 'Memory Size');
  const maxMemoryUsedMb = readNumber(fields, 'Max Memory Used');
  if (
    !requestId ||
    durationMs === undefined ||
    billedDurationMs === undefined ||
    memorySizeMb === undefined ||
    maxMemoryUsedMb === undefined
  ) {
    return null;
  }
  const report: LambdaReport = {
    requestId,
    durationMs,
    billedDurationMs,
    memorySizeMb,
    maxMemoryUsedMb,
  };
  const initDurationMs = readNumber(fields, 'Init Duration');
  if (initDurationMs !== undefined) report.initDurationMs = initDurationMs;
  const status = fields.get('Status');
  if (status) report.status = status;

  return report;
};
