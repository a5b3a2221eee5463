import { describe, expect, it } from 'vitest';

import { RejectionCollector } from './rejections.ts';

describe('RejectionCollector', () => {
  it('groups by reason and ignores empty counts', () => {
    const collector = new RejectionCollector();
    collector.add('bad id');
    collector.add('bad id', 2);
    collector.add('bad time', 0);
    collector.add('bad time');
    expect(collector.list()).toEqual([
      { count: 3, reason: 'bad id' },
      { count: 1, reason: 'bad time' },
    ]);
  });

  it('folds reasons beyond the limit into one entry', () => {
    const collector = new RejectionCollector();
    for (let i = 0; i < 100; i++) collector.add(`reason ${i}`);
    const list = collector.list();
    expect(list).toHaveLength(65);
    expect(list.at(-1)).toEqual({ count: 36, reason: 'other invalid items' });
  });
});
