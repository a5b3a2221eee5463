import { describe, expect, it } from 'vitest';

import { NameOrders } from './name-orders.ts';

describe('NameOrders', () => {
  it('groups every order of the same names and counts the orders', () => {
    const orders = new NameOrders();
    const first = orders.groupOf(['b', 'a', 'unused'], 2);
    expect(orders.groupOf(['b', 'a'], 2)).toBe(first);
    expect(first.orders).toBe(1);
    expect(orders.groupOf(['a', 'b'], 2)).toBe(first);
    expect(first.orders).toBe(2);
    expect(orders.groupOf(['b', 'a'], 2).orders).toBe(2);
  });

  it('keeps other names and subsets apart', () => {
    const orders = new NameOrders();
    const pair = orders.groupOf(['a', 'b'], 2);
    expect(orders.groupOf(['a'], 1)).not.toBe(pair);
    expect(orders.groupOf(['a', 'c'], 2)).not.toBe(pair);
    expect(orders.groupOf([], 0)).not.toBe(pair);
  });
});
