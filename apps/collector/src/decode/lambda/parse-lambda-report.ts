import type { LambdaReport } from '../types.ts';

const REQUEST_ID = /^REPORT\s+RequestId:\s*(\S+)/;
// "Duration" alone: not the Billed, Init or (SnapStart) Restore ones.
const DURATION = /(?<!(?:Billed|Init|Restore)\s)Duration:\s*(\d+(?:\.\d+)?)\s*ms/;
const BILLED_DURATION = /Billed Duration:\s*(\d+(?:\.\d+)?)\s*ms/;
const MEMORY_SIZE = /Memory Size:\s*(\d+)\s*MB/;
const MAX_MEMORY_USED = /Max Memory Used:\s*(\d+)\s*MB/;
const INIT_DURATION = /Init Duration:\s*(\d+(?:\.\d+)?)\s*ms/;
const STATUS = /Status:\s*(\w+)/;

function readNumber(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Parses the AWS Lambda platform `REPORT` line written after each invocation. Fields are
 * tab-separated in CloudWatch (spaces are accepted too); `Init Duration` appears only on cold
 * starts, and an `XRAY TraceId: …` part may follow. Any other line returns null.
 */
export function parseLambdaReport(line: string): LambdaReport | null {
  const trimmed = line.trim();
  const requestId = REQUEST_ID.exec(trimmed)?.[1];
  if (requestId === undefined) return null;
  // The X-Ray part carries no report fields; cutting it keeps its text out of the matches.
  const xray = trimmed.search(/\bXRAY TraceId:/);
  const text = xray === -1 ? trimmed : trimmed.slice(0, xray);
  const durationMs = readNumber(text, DURATION);
  const billedDurationMs = readNumber(text, BILLED_DURATION);
  const memorySizeMb = readNumber(text, MEMORY_SIZE);
  const maxMemoryUsedMb = readNumber(text, MAX_MEMORY_USED);
  if (
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
  const initDurationMs = readNumber(text, INIT_DURATION);
  if (initDurationMs !== undefined) report.initDurationMs = initDurationMs;
  const status = STATUS.exec(text)?.[1];
  if (status !== undefined) report.status = status;
  return report;
}
