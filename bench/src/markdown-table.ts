/** A Markdown table padded the way Prettier prints one, so results files stay formatted. */
export const markdownTable = (rows: string[][]): string[] => {
  const width = (text: string): number => [...text].length;
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(3, ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (cells: string[]): string =>
    `| ${widths.map((size, i) => (cells[i] ?? '') + ' '.repeat(size - width(cells[i] ?? ''))).join(' | ')} |`;

  return [
    line(rows[0] ?? []),
    line(widths.map((size) => '-'.repeat(size))),
    ...rows.slice(1).map(line),
  ];
};
