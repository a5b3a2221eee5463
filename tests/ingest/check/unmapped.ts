import type { Expected } from '../golden-case.ts';
import type { ReadApi } from '../read-api.ts';

/** Families the collector recognised as not mapped (counted, never stored). */
export const checkUnmapped = async (
  api: ReadApi,
  unmapped: NonNullable<Expected['unmapped']>,
): Promise<string[]> => {
  const rows = await api.listUnmapped();

  return unmapped
    .map((entry) => (typeof entry === 'string' ? { family: entry } : entry))
    .filter(
      (entry) =>
        !rows.some(
          (row) =>
            row.family === entry.family && ('source' in entry ? row.source === entry.source : true),
        ),
    )
    .map((entry) => `not counted as unmapped: ${JSON.stringify(entry)}`);
};
