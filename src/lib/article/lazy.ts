// The one way Broadsheet fetches code it may not need: the validator, for a document first
// rendered in a browser, and the JSON-LD builder, for a document the server did not write. A
// server has both up front (server.ts); a browser fetches each once, on first use. Every fetch in
// flight is known, so articlesReady (broadsheet/testing) waits for exactly those, not for time.

const inFlight = new Set<Promise<unknown>>();

export interface Lazy<T> {
  /** The module's value once it is here (on a server, from the start); otherwise undefined. */
  readonly value: T | undefined;
  /** Fetches it, once. */
  load(): Promise<T>;
}

export function lazy<T>(fetch: () => Promise<T>, initial?: T): Lazy<T> {
  let value = initial;
  let pending: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load() {
      if (value !== undefined) return Promise.resolve(value);
      if (!pending) {
        pending = track(fetch().then((loaded) => (value = loaded)));
      }
      return pending;
    },
  };
}

/** Notes a fetch an article waits on, until it settles. */
export function track<T>(promise: Promise<T>): Promise<T> {
  inFlight.add(promise);
  const done = () => inFlight.delete(promise);
  promise.then(done, done);
  return promise;
}

/** Resolves when no fetch an article waits on is in flight. */
export async function settled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
