const stores = new WeakMap<object, Map<string, unknown>>();

/**
 * A value shared by every resolver of one GraphQL request (data loaders, memoised lookups),
 * keyed on the request's context object: no request-scoped providers, nothing kept afterwards.
 */
export function perRequest<T>(context: object, key: string, create: () => T): T {
  let store = stores.get(context);
  if (!store) {
    store = new Map();
    stores.set(context, store);
  }
  if (!store.has(key)) store.set(key, create());
  return store.get(key) as T;
}
