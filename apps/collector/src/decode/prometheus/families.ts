import type { PromFamily, PromMetricType } from '../types.ts';
import { LineError } from './chars.ts';

type FamilyState = { family: PromFamily; typed: boolean; helped: boolean; sampled: boolean };

/** Sample-name suffixes each declared type owns: the only way a suffix picks a family. */
const SUFFIXES: Partial<Record<PromMetricType, readonly string[]>> = {
  counter: ['_total', '_created'],
  histogram: ['_bucket', '_sum', '_count', '_created'],
  gaugehistogram: ['_bucket', '_gsum', '_gcount'],
  summary: ['_sum', '_count', '_created'],
  info: ['_info'],
};

const ALL_SUFFIXES = [...new Set(Object.values(SUFFIXES).flat())];

/**
 * Families declared by HELP/TYPE/UNIT lines plus the implicit ones of undeclared samples. A
 * sample belongs to the family of its exact name, else to the declared family its name extends
 * with a suffix that family's type owns; the type is never guessed from a suffix.
 */
export class FamilyRegistry {
  private readonly states = new Map<string, FamilyState>();
  /** Set once a sample belongs to a family with neither TYPE nor HELP (yet). */
  private hasUndeclaredSamples = false;

  constructor(private readonly implicitType: PromMetricType) {}

  private stateOf(name: string): FamilyState {
    let state = this.states.get(name);
    if (state === undefined) {
      state = {
        family: { name, type: this.implicitType },
        typed: false,
        helped: false,
        sampled: false,
      };
      this.states.set(name, state);
    }
    return state;
  }

  /** The family of a sample name; marks it as having samples. */
  resolve(name: string): PromFamily {
    const exact = this.states.get(name);
    if (exact === undefined || (!exact.typed && !exact.helped)) {
      for (const suffix of ALL_SUFFIXES) {
        if (!name.endsWith(suffix)) continue;
        const base = this.states.get(name.slice(0, -suffix.length));
        if (base?.typed && SUFFIXES[base.family.type]?.includes(suffix)) {
          base.sampled = true;
          return base.family;
        }
      }
    }
    const state = exact ?? this.stateOf(name);
    state.sampled = true;
    if (!state.typed && !state.helped) this.hasUndeclaredSamples = true;
    return state.family;
  }

  /** Whether a sample named with one of the type's suffixes came before this TYPE line. */
  private hasEarlySuffixedSamples(name: string, type: PromMetricType): boolean {
    if (!this.hasUndeclaredSamples) return false;
    for (const suffix of SUFFIXES[type] ?? []) {
      const other = this.states.get(name + suffix);
      if (other !== undefined && other.sampled && !other.typed && !other.helped) return true;
    }
    return false;
  }

  declareType(name: string, type: PromMetricType): void {
    const state = this.stateOf(name);
    if (state.typed) throw new LineError(`second TYPE line for metric "${name}"`);
    if (state.sampled || this.hasEarlySuffixedSamples(name, type)) {
      throw new LineError(`TYPE line for metric "${name}" after its samples`);
    }
    state.family.type = type;
    state.typed = true;
  }

  declareHelp(name: string, help: string): void {
    const state = this.stateOf(name);
    if (state.helped) throw new LineError(`second HELP line for metric "${name}"`);
    state.family.help = help;
    state.helped = true;
  }

  declareUnit(name: string, unit: string): void {
    if (unit !== '' && !name.endsWith(`_${unit}`)) {
      throw new LineError(`unit "${unit}" is not a suffix of metric name "${name}"`);
    }
    const state = this.stateOf(name);
    if (state.family.unit !== undefined) {
      throw new LineError(`second UNIT line for metric "${name}"`);
    }
    state.family.unit = unit;
  }

  toMap(): Map<string, PromFamily> {
    const map = new Map<string, PromFamily>();
    for (const [name, state] of this.states) map.set(name, state.family);
    return map;
  }
}
