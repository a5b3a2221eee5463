import type { NumberFormat } from './format.ts';

export type Labels = readonly (readonly [string, string])[];
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

/** Per-exporter habits that make real expositions differ from one another. */
export type TextStyle = {
  readonly format: NumberFormat;
  /** geth: `name {a="b"}`. */
  readonly spaceBeforeBrace?: boolean;
  /** geth: `{a="b", c="d"}`. */
  readonly spaceAfterComma?: boolean;
  /** geth: a blank line after every family. */
  readonly blankBetweenFamilies?: boolean;
  /** geth and TF Serving write no HELP lines at all. */
  readonly omitHelp?: boolean;
  /** The JMX exporter's last line has no newline. */
  readonly noTrailingNewline?: boolean;
  /** TF Serving writes `name{} 30` for series without labels. */
  readonly emptyBraces?: boolean;
};

const NEEDS_ESCAPE = /[\\\n"]/;

const escapeLabel = (value: string): string =>
  NEEDS_ESCAPE.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')
    : value;

const escapeHelp = (value: string): string => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

/** Builds Prometheus text format 0.0.4, line by line, in the order the exporter writes. */
export const createTextWriter = (style: TextStyle) => {
  const lines: string[] = [];
  let isFirstFamily = true;

  const labelText = (labels: Labels): string => {
    if (labels.length === 0) return style.emptyBraces ? '{}' : '';
    const separator = style.spaceAfterComma ? ', ' : ',';
    const body = labels.map(([name, value]) => `${name}="${escapeLabel(value)}"`).join(separator);

    return `${style.spaceBeforeBrace ? ' ' : ''}{${body}}`;
  };

  return {
    /** `# HELP` (unless the style omits it; `''` writes a HELP line with no text) and `# TYPE`. */
    family: (name: string, type: MetricType, help?: string): void => {
      if (style.blankBetweenFamilies && !isFirstFamily) lines.push('');
      isFirstFamily = false;
      if (!style.omitHelp && help !== undefined) {
        lines.push(help === '' ? `# HELP ${name}` : `# HELP ${name} ${escapeHelp(help)}`);
      }
      lines.push(`# TYPE ${name} ${type}`);
    },
    sample: (name: string, labels: Labels, value: number, timestampMs?: number): void => {
      const suffix = timestampMs === undefined ? '' : ` ${Math.round(timestampMs)}`;
      lines.push(`${name}${labelText(labels)} ${style.format(value)}${suffix}`);
    },
    /** A free comment line (`# NOTE …`), which parsers must skip. */
    comment: (text: string): void => {
      lines.push(`# ${text}`);
    },
    text: (): string => {
      const body = lines.join('\n');

      return style.noTrailingNewline ? body : `${body}\n`;
    },
  };
};

export type TextWriter = ReturnType<typeof createTextWriter>;
