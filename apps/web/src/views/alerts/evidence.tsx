'use client';

/** Flattens an alert's evidence to "path: value" lines, rendered as text. */
const flatten = (value: unknown, prefix: string, out: [string, string][]): void => {
  if (out.length >= 12) return;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix === '' ? key : `${prefix}.${key}`, out);
    }
    return;
  }
  const text =
    typeof value === 'number'
      ? Number.isInteger(value)
        ? String(value)
        : value.toPrecision(4)
      : JSON.stringify(value);
  out.push([prefix, text.length > 80 ? `${text.slice(0, 77)}…` : text]);
};

export const Evidence = ({ evidence }: { evidence: unknown }) => {
  const lines: [string, string][] = [];
  flatten(evidence, '', lines);

  return (
    <ul className="mono" style={{ margin: 0, paddingLeft: 16 }}>
      {lines.map(([path, text]) => (
        <li key={path}>
          {path}: {text}
        </li>
      ))}
    </ul>
  );
};
