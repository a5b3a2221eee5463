/** JSON lines on stderr, like the collector's logs; tests pass the silent one. */
export type Logger = {
  readonly info: (message: string, fields?: Record<string, unknown>) => void;
  readonly warn: (message: string, fields?: Record<string, unknown>) => void;
  readonly error: (message: string, fields?: Record<string, unknown>) => void;
};

const write =
  (level: string) =>
  (message: string, fields: Record<string, unknown> = {}) => {
    process.stderr.write(
      `${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`,
    );
  };

export const createLogger = (): Logger => ({
  info: write('info'),
  warn: write('warn'),
  error: write('error'),
});

export const createSilentLogger = (): Logger => ({
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
});
