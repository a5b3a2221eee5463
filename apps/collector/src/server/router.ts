import type { IncomingMessage, ServerResponse } from 'node:http';

export type RouteContext = {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  /** The `:id` segment of a route registered as `/prefix/:id`. */
  id?: string;
};

export type RouteHandler = (context: RouteContext) => Promise<void> | void;

export type Route = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS';
  path: string;
  handler: RouteHandler;
};

const ID_SUFFIX = '/:id';

/**
 * Exact-path routing, plus `/prefix/:id` for the read API's resources: a Map keeps lookup
 * O(1) on the ingest path, which never has an id.
 */
export const createRouter = (routes: Route[]) => {
  const byPath = new Map<string, Map<string, RouteHandler>>();
  for (const route of routes) {
    const methods = byPath.get(route.path) ?? new Map<string, RouteHandler>();
    methods.set(route.method, route.handler);
    byPath.set(route.path, methods);
  }

  const find = (methods: Map<string, RouteHandler>, method: string) =>
    methods.get(method) ?? { allowed: [...methods.keys()] };

  return (method: string, path: string): RouteHandler | { allowed: string[] } | undefined => {
    const methods = byPath.get(path);
    if (methods) return find(methods, method);
    const slash = path.lastIndexOf('/');
    const id = path.slice(slash + 1);
    const withId =
      slash > 0 && id !== '' ? byPath.get(path.slice(0, slash) + ID_SUFFIX) : undefined;
    if (!withId) return undefined;
    const found = find(withId, method);

    return typeof found === 'function'
      ? (context) => found({ ...context, id: decodeURIComponent(id) })
      : found;
  };
};
