/** Posts Prometheus text lines, each sample carrying its own timestamp (ms). */
export const importText = async (baseUrl: string, query: string, text: string): Promise<void> => {
  const response = await fetch(`${baseUrl}/api/v1/import/prometheus?${query}`, {
    method: 'POST',
    body: text,
  });
  if (!response.ok) throw new Error(`import refused: ${response.status} ${await response.text()}`);
};
