import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { DEFAULT_SQLITE_PATH, REPO_ROOT, parseDatabaseUrl, requireSqlite } from './url.ts';

describe('parseDatabaseUrl', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it('finds the repo root from the package location, not the working directory', () => {
    process.chdir('/');

    expect(fs.existsSync(path.join(REPO_ROOT, 'prisma', 'schema.prisma'))).toBe(true);
    expect(parseDatabaseUrl(undefined)).toEqual({
      provider: 'sqlite',
      path: path.join(REPO_ROOT, 'data', 'fleetlens.db'),
      url: `file:${path.join(REPO_ROOT, 'data', 'fleetlens.db')}`,
    });
    expect(DEFAULT_SQLITE_PATH).toBe(path.join(REPO_ROOT, 'data', 'fleetlens.db'));
  });

  it('treats an empty value as unset', () => {
    expect(parseDatabaseUrl('  ')).toEqual(parseDatabaseUrl(undefined));
  });

  it('resolves relative file: URLs against the repo root', () => {
    process.chdir('/tmp');

    expect(parseDatabaseUrl('file:./data/other.db')).toMatchObject({
      provider: 'sqlite',
      path: path.join(REPO_ROOT, 'data', 'other.db'),
    });
  });

  it('keeps absolute paths, with or without file://, and drops query parameters', () => {
    expect(parseDatabaseUrl('file:/var/lib/fleetlens/a.db')).toMatchObject({
      path: '/var/lib/fleetlens/a.db',
    });
    expect(parseDatabaseUrl('file:///var/lib/fleetlens/a.db')).toMatchObject({
      path: '/var/lib/fleetlens/a.db',
    });
    expect(parseDatabaseUrl('file:/x/a.db?connection_limit=1')).toMatchObject({ path: '/x/a.db' });
  });

  it('recognizes PostgreSQL and reports that the embedded store does not support it yet', () => {
    const target = parseDatabaseUrl('postgresql://fleet:pw@db:5432/fleetlens');

    expect(target.provider).toBe('postgresql');
    expect(parseDatabaseUrl('postgres://db/fleetlens').provider).toBe('postgresql');
    expect(() => requireSqlite(target)).toThrow(/PostgreSQL.*not support/);
  });

  it('rejects other schemes without echoing credentials', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/x')).toThrow(/\/\/\*\*\*@db/);
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/x')).not.toThrow(/hunter2/);
    expect(() => parseDatabaseUrl('file:')).toThrow(/no file path/);
  });
});
