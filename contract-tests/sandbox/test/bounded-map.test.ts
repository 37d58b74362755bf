/** BoundedMap, the store behind every sandbox cap: never more than its capacity, oldest out first. */
import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../bounded-map.js';

describe('BoundedMap', () => {
  it('evicts the oldest insertion when full and reports it', () => {
    const evicted: string[] = [];
    const map = new BoundedMap<string, number>(2, (key) => evicted.push(key));
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 10);
    map.set('c', 3);
    expect(map.size).toBe(2);
    expect(evicted).toEqual(['a']);
    expect(map.get('a')).toBeUndefined();
    expect([...map.values()]).toEqual([2, 3]);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new BoundedMap(0)).toThrow(RangeError);
    expect(() => new BoundedMap(1.5)).toThrow(RangeError);
  });
});
