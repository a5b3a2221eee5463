import type { IncomingMessage, ServerResponse } from 'node:http';

export type RouteContext = {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
};

export type RouteHandler = (context: RouteContext) => Promise<void> | void;

export type Route = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS';
  path: string;
  handler: RouteHandler;
};

/** Exact-path routing is all the collector needs; a Map keeps lookup O(1) on the ingest path. */
export const createRouter = (routes: Route[]) => {
  const byPath = new Map<string, Map<string, RouteHandler>>();
  for (const route of routes) {
    const methods = byPath.get(route.path) ?? new Map<string, RouteHandler>();
    methods.set(route.method, route.handler);
    byPath.set(route.path, methods);
  }

  return (method: string, path: string): RouteHandler | { allowed: string[] } | undefined => {
    const methods = byPath.get(path);
    if (!methods) return undefined;

    return methods.get(method) ?? { allowed: [...methods.keys()] };
  };
};
