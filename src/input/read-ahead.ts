// Keeps the next items of an async source already on their way while the consumer works on this
// one, so reading the next file overlaps the extraction of the current one.

export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const ahead: Promise<IteratorResult<T>>[] = [];
  const pull = () => {
    const next = iterator.next();
    next.catch(() => {}); // seen when it is awaited; never an unhandled rejection if the consumer stops first
    ahead.push(next);
  };
  try {
    for (;;) {
      while (ahead.length < depth) pull();
      const next = await ahead.shift()!;
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
