import type { GoldenCase } from '../golden-case.ts';
import type { ReadApi } from '../read-api.ts';
import type { SendResult } from '../send-case.ts';
import { checkEvents } from './events.ts';
import { checkHistograms } from './histograms.ts';
import { createResourceLookup } from './resources.ts';
import { checkAbsent, checkSamples } from './samples.ts';
import { checkUnmapped } from './unmapped.ts';

/** 200 for the import and OTLP, 204 for remote-write. */
const isAccepted = (status: number): boolean => status >= 200 && status < 300;

/**
 * Every request accepted; refusals only where the case expects them (the import answers 400
 * when it refused some samples and kept the rest).
 */
const checkSends = (golden: GoldenCase, results: readonly SendResult[]): string[] => {
  const expectedRejected = golden.expected.rejected ?? 0;
  const problems = results
    .filter(({ status, rejected }) => !isAccepted(status) && !(status === 400 && rejected > 0))
    .map(({ file, status, body }) => `${file}: HTTP ${status} ${body}`);
  const rejected = results.reduce((total, result) => total + result.rejected, 0);
  if (rejected !== expectedRejected) {
    const bodies = results.map(({ file, body }) => `${file}: ${body}`).join('; ');
    problems.push(`expected ${expectedRejected} refused, got ${rejected} (${bodies})`);
  }

  return problems;
};

/** All problems of one case at once, so a failing case says everything that is wrong. */
export const checkCase = async (
  api: ReadApi,
  golden: GoldenCase,
  results: readonly SendResult[],
): Promise<string[]> => {
  const { expected } = golden;
  const resources = createResourceLookup(api);

  return [
    ...checkSends(golden, results),
    ...(await checkSamples(api, resources, expected.samples ?? [])),
    ...(await checkHistograms(api, expected.histograms ?? [])),
    ...(await checkEvents(api, resources, expected.events ?? [])),
    ...(await checkUnmapped(api, expected.unmapped ?? [])),
    ...(await checkAbsent(api, resources, expected.absent ?? [])),
  ];
};
