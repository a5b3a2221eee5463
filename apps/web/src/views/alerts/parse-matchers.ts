/** "platform=aws-lambda, node=edge-1" → matchers; undefined when a part is malformed. */
export const parseMatchers = (text: string): { name: string; value: string }[] | undefined => {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const matchers: { name: string; value: string }[] = [];
  for (const part of parts) {
    const match = /^([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*(.*)$/.exec(part);
    if (match === null) return undefined;
    matchers.push({ name: match[1] ?? '', value: (match[2] ?? '').replace(/^"(.*)"$/, '$1') });
  }
  return matchers;
};
