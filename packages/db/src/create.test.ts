import fs from 'node:fs';
import path from 'node:path';

import { listReferenceCells } from '@fleetlens/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createDatabase } from './create.ts';
import { openSqlite } from './sqlite.ts';
import { createTempDir } from './test-utils/temp-db.ts';
import type { TempDir } from './test-utils/temp-db.ts';

describe('createDatabase', () => {
  let temp: TempDir;

  beforeEach(() => {
    temp = createTempDir();
  });
  afterEach(() => temp.remove());

  it('creates a migrated, seeded store from nothing and is safe to run again', async () => {
    const url = `file:${path.join(temp.dir, 'data', 'fleetlens.db')}`;
    const first = await createDatabase(url);

    expect(fs.existsSync(first.path)).toBe(true);
    expect(first.applied.length).toBe(first.total);
    expect(first.seeded.cells).toBe(listReferenceCells().length);

    const second = await createDatabase(url);
    expect(second.applied).toEqual([]);
    const db = openSqlite(second.path, { readonly: true });
    const cells = db.prepare<[], { n: bigint }>('SELECT count(*) AS n FROM reference_cell').get();
    const mode = db.pragma('journal_mode', { simple: true });
    db.close();
    expect(Number(cells?.n)).toBe(listReferenceCells().length);
    expect(mode).toBe('wal');
  });
});
