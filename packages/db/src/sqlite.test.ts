import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { openSqlite, resolveSqliteSettings } from './sqlite.ts';
import { createTempDir } from './test-utils/temp-db.ts';
import type { TempDir } from './test-utils/temp-db.ts';

describe('openSqlite', () => {
  let temp: TempDir;

  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    temp.remove();
  });

  it('creates the data directory and opens the file in WAL mode with durable commits', () => {
    const file = path.join(temp.dir, 'missing', 'dir', 'store.db');
    const db = openSqlite(file);
    const pragma = (name: string): unknown => db.pragma(name, { simple: true });

    expect(fs.existsSync(file)).toBe(true);
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2n);
    expect(pragma('foreign_keys')).toBe(1n);
    expect(pragma('busy_timeout')).toBe(5000n);
    db.close();
  });

  it('returns integers as BigInt so nanosecond timestamps stay exact', () => {
    const db = openSqlite(temp.file);

    expect(db.prepare<[], { v: unknown }>('SELECT 9007199254740993 AS v').get()?.v).toBe(
      9_007_199_254_740_993n,
    );
    db.close();
  });

  it('takes synchronous and busy_timeout from options, then the environment', () => {
    vi.stubEnv('SQLITE_SYNCHRONOUS', 'normal');
    vi.stubEnv('SQLITE_BUSY_TIMEOUT_MS', '250');
    expect(resolveSqliteSettings()).toEqual({ synchronous: 'NORMAL', busyTimeoutMs: 250 });
    expect(resolveSqliteSettings({ synchronous: 'FULL' }).synchronous).toBe('FULL');

    const db = openSqlite(temp.file);
    expect(db.pragma('synchronous', { simple: true })).toBe(1n);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(250n);
    db.close();
  });

  it('rejects invalid settings from the environment', () => {
    vi.stubEnv('SQLITE_SYNCHRONOUS', 'OFF');
    expect(() => resolveSqliteSettings()).toThrow(/FULL or NORMAL/);
    vi.stubEnv('SQLITE_SYNCHRONOUS', '');
    vi.stubEnv('SQLITE_BUSY_TIMEOUT_MS', '-1');
    expect(() => resolveSqliteSettings()).toThrow(/SQLITE_BUSY_TIMEOUT_MS/);
  });
});
