/** The first difference between two JSON values, located by JSON pointer (RFC 6901). */

/** Where two JSON values first differ and what each side holds there (`undefined`: absent). */
export interface JsonDifference {
  pointer: string;
  recorded: unknown;
  sent: unknown;
}

function token(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first difference between `recorded` and `sent` (objects by key, arrays by index), or undefined when equal. */
export function firstDifference(recorded: unknown, sent: unknown, pointer = ''): JsonDifference | undefined {
  if (Array.isArray(recorded) && Array.isArray(sent)) {
    for (let i = 0; i < Math.max(recorded.length, sent.length); i++) {
      const difference = firstDifference(recorded[i], sent[i], `${pointer}/${i}`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  if (isObject(recorded) && isObject(sent)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(sent)])];
    for (const key of keys) {
      const difference = firstDifference(recorded[key], sent[key], `${pointer}/${token(key)}`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  return Object.is(recorded, sent) ? undefined : { pointer: pointer === '' ? '/' : pointer, recorded, sent };
}

/** A value for a failure message: JSON text, or `(absent)`. */
export function show(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}
