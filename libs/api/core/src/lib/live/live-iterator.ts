/** What a subscription's mapping says of one live event: send this, skip it, or end the subscription. */
export const END_SUBSCRIPTION = Symbol('end subscription');

/**
 * A subscription's stream: the live events, each mapped to what the subscriber may learn (null
 * skips it). A plain iterator, not an async generator: a generator waiting for the next event could
 * not be ended when the screen unsubscribes, and would keep its listener for ever. `ended` is asked
 * before waiting, so a stream that has said its last word ends at once.
 */
export function liveIterator<E, T>(
  events: AsyncIterator<E>,
  map: (event: E) => T | null | typeof END_SUBSCRIPTION | Promise<T | null | typeof END_SUBSCRIPTION>,
  ended: () => boolean = () => false,
): AsyncIterableIterator<T> {
  const finish = async (): Promise<IteratorResult<T>> => {
    await events.return?.();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: async (): Promise<IteratorResult<T>> => {
      if (ended()) return finish();
      for (;;) {
        const next = await events.next();
        if (next.done) return { done: true, value: undefined };
        const out = await map(next.value);
        if (out === END_SUBSCRIPTION) return finish();
        if (out !== null) return { done: false, value: out };
      }
    },
    return: finish,
    throw: async (error: unknown) => {
      await events.return?.();
      throw error;
    },
  };
}
