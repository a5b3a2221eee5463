import type { ApiResource, ReadApi } from '../read-api.ts';

/**
 * Resources by id for one platform, read once per check: series and events name their
 * resource by id, its descriptive attributes only come from GET /api/v1/resources.
 */
export const createResourceLookup = (api: ReadApi) => {
  const byPlatform = new Map<string, Promise<Map<number, ApiResource>>>();
  const load = async (platform: string) => {
    const resources = await api.listResources({ platform, limit: '10000' });

    return new Map(resources.map((resource) => [resource.id, resource]));
  };

  return async (platform: string, id: number): Promise<ApiResource | undefined> => {
    let resources = byPlatform.get(platform);
    if (resources === undefined) {
      resources = load(platform);
      byPlatform.set(platform, resources);
    }

    return (await resources).get(id);
  };
};

export type ResourceLookup = ReturnType<typeof createResourceLookup>;
