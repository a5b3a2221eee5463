import type { LabelSet } from './label-sets.ts';

/**
 * The label sets of one parse that have the same label names. While those names come in one
 * order only, with no spacing or unknown escapes, two sets are equal exactly when their texts
 * are, and the raw text alone identifies a set. A second spelling turns `unified` on: from
 * then on every set of the group is also known by its canonical (sorted) text.
 */
export type NameGroup = {
  /** Distinct name orders seen. */
  orders: number;
  unified: boolean;
  /** Sets spelled unsorted while the group was not unified, known by their raw text only. */
  pending: LabelSet[];
};

type NameOrder = { names: readonly string[]; group: NameGroup };

const sameNames = (known: readonly string[], names: readonly string[], count: number): boolean => {
  if (known.length !== count) return false;
  for (let i = 0; i < count; i++) {
    if (known[i] !== names[i]) return false;
  }
  return true;
};

/**
 * Groups label sets by their names. Consecutive sets nearly always list the same names in the
 * same order, so the previous set's order is compared first, name by name.
 */
export class NameOrders {
  private readonly byOrder = new Map<string, NameOrder>();
  private readonly byNames = new Map<string, NameGroup>();
  private last: NameOrder | undefined;

  /** The group of the first `count` of `names`, in the order written. */
  groupOf(names: readonly string[], count: number): NameGroup {
    const last = this.last;
    if (last !== undefined && sameNames(last.names, names, count)) return last.group;
    const written = names.slice(0, count);
    // Label names are [a-zA-Z0-9_]: a comma cannot be part of one.
    const orderKey = written.join(',');
    let order = this.byOrder.get(orderKey);
    if (order === undefined) {
      const namesKey = [...written].sort().join(',');
      let group = this.byNames.get(namesKey);
      if (group === undefined) {
        group = { orders: 0, unified: false, pending: [] };
        this.byNames.set(namesKey, group);
      }
      group.orders++;
      order = { names: written, group };
      this.byOrder.set(orderKey, order);
    }
    this.last = order;
    return order.group;
  }
}
