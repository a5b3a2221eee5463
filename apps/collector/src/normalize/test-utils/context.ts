import type { NormalizeContext } from '../types.ts';

/** 2024-05-01T12:00:00Z, the instant fixtures without timestamps are received at. */
export const RECEIVED_AT_NS = 1_714_564_800_000_000_000n;

export const createContext = (overrides: Partial<NormalizeContext> = {}): NormalizeContext => ({
  tenant: 'acme',
  source: 'scrape',
  job: 'fixture',
  receivedAtNs: RECEIVED_AT_NS,
  ...overrides,
});
