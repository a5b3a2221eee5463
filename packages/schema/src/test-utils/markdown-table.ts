import type { ReferenceMatrix } from '../reference/matrix.ts';

/** Splits a Markdown table copied from the source document into header and body cells. */
export const parseMarkdownTable = (text: string): { header: string[]; body: string[][] } => {
  const lines = text
    .trim()
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    )
    .filter((cells) => !cells.every((cell) => /^-+$/.test(cell)));
  const [header = [], ...body] = lines;

  return { header, body };
};

/** Renders a matrix back into the document's table layout: corner, column labels, cells. */
export const toTable = <R extends string, C extends string>(
  matrix: ReferenceMatrix<R, C>,
): { header: string[]; body: string[][] } => ({
  header: [matrix.cornerZh ?? '', ...matrix.columns.map((column) => column.zh)],
  body: matrix.rows.map((row) => [
    row.zh,
    ...matrix.columns.map((column) => row.cells[column.id].zh),
  ]),
});
