/**
 * A Map that never holds more than `capacity` entries: inserting a new key when full evicts the
 * oldest insertion first. The sandbox keeps every piece of state (jobs, tokens, sources) in one, so
 * a long-running sandbox uses bounded memory whatever its clients do.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;
  readonly #onEvict: (key: K, value: V) => void;

  /**
   * @param capacity the most entries kept (at least 1).
   * @param onEvict called with every entry dropped to make room, e.g. to clean up an index.
   * @throws RangeError when `capacity` is not a positive integer.
   */
  constructor(capacity: number, onEvict: (key: K, value: V) => void = () => undefined) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
    this.#onEvict = onEvict;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** Stores `value`; a new key evicts the oldest entries while the map is full. Updating a key keeps its age. */
  set(key: K, value: V): void {
    if (!this.#entries.has(key)) {
      while (this.#entries.size >= this.#capacity) this.#evictOldest();
    }
    this.#entries.set(key, value);
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  /** Values, oldest first. */
  values(): IterableIterator<V> {
    return this.#entries.values();
  }

  #evictOldest(): void {
    const oldest = this.#entries.entries().next();
    if (oldest.done === true) return;
    const [key, value] = oldest.value;
    this.#entries.delete(key);
    this.#onEvict(key, value);
  }
}
