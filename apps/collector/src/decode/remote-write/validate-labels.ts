import {
  isLabelNameChar,
  isLabelNameStart,
  isMetricNameChar,
  isMetricNameStart,
} from '../prometheus/chars.ts';

function isLabelName(name: string): boolean {
  if (!isLabelNameStart(name.charCodeAt(0))) return false;
  for (let i = 1; i < name.length; i++) if (!isLabelNameChar(name.charCodeAt(i))) return false;
  return true;
}

export function isMetricName(name: string): boolean {
  if (!isMetricNameStart(name.charCodeAt(0))) return false;
  for (let i = 1; i < name.length; i++) if (!isMetricNameChar(name.charCodeAt(i))) return false;
  return true;
}

/**
 * Checks one series' labels against remote-write 1.0: names match `[a-zA-Z_][a-zA-Z0-9_]*`,
 * are sorted and unique, values are non-empty UTF-8 (null marks bytes that were not), and
 * `__name__` holds a valid metric name. Returns the first problem, or undefined.
 */
export function findLabelProblem(
  names: readonly (string | null)[],
  values: readonly (string | null)[],
): string | undefined {
  let previous = '';
  let metricName: string | undefined;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const value = values[i];
    if (name === null || name === undefined) return 'label name is not valid UTF-8';
    if (name === '') return 'empty label name';
    if (!isLabelName(name)) return `invalid label name ${JSON.stringify(name)}`;
    if (value === null || value === undefined) {
      return `value of label ${JSON.stringify(name)} is not valid UTF-8`;
    }
    if (value === '') return `empty value for label ${JSON.stringify(name)}`;
    if (i > 0 && name === previous) return `duplicate label name ${JSON.stringify(name)}`;
    if (i > 0 && name < previous) {
      return `labels not sorted: ${JSON.stringify(name)} after ${JSON.stringify(previous)}`;
    }
    if (name === '__name__') metricName = value;
    previous = name;
  }
  if (metricName === undefined) return 'missing __name__ label';
  if (!isMetricName(metricName)) return `invalid metric name ${JSON.stringify(metricName)}`;
  return undefined;
}
