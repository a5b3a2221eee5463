import type { DecodeRejection } from './types.ts';

/** Distinct reasons kept per request, so a hostile batch cannot grow the list without bound. */
const MAX_REASONS = 64;

/** Counts refused items by reason, for OTLP partial success and remote-write 400 bodies. */
export class RejectionCollector {
  private readonly counts = new Map<string, number>();
  private overflow = 0;

  add(reason: string, count = 1): void {
    if (count <= 0) return;
    const known = this.counts.get(reason);
    if (known !== undefined) this.counts.set(reason, known + count);
    else if (this.counts.size < MAX_REASONS) this.counts.set(reason, count);
    else this.overflow += count;
  }

  list(): DecodeRejection[] {
    const list = [...this.counts].map(([reason, count]) => ({ count, reason }));
    if (this.overflow > 0) list.push({ count: this.overflow, reason: 'other invalid items' });
    return list;
  }
}
