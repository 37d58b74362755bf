/**
 * Catastrophic-backtracking screening of `pattern`, and a check of every pattern in `spec/*.yaml`
 * against 100 000-character adversarial strings through the compiled validator: a pattern the
 * screening flags is guarded by `maxLength`, and the validator never runs it on a longer string.
 * No clock is read: which strings reach which regular expression is observed, not how long it takes
 * (speed lives in `bench/`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backtrackingRisk } from '../../src/validators/regex-safety.js';
import { loadSchema, loadValidators } from './load-validators.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs `action` and returns the length of every string a regular expression with `source` was tested on. */
function lengthsTested(source: string, action: () => void): number[] {
  const test = vi.spyOn(RegExp.prototype, 'test');
  action();
  const lengths = test.mock.calls.flatMap(([input], i) => ((test.mock.contexts[i] as RegExp).source === source ? [String(input).length] : []));
  test.mockRestore();
  return lengths;
}

describe('backtrackingRisk', () => {
  it.each(['(a+)+$', '^(\\w*)*x', '(a|a)*b', '(a|ab)+c', '^.+@.+\\..+', '\\d+\\d+$', '(?:x+){2,}y'])('flags %s', (p) => {
    expect(backtrackingRisk(p)).toBeTypeOf('string');
  });

  it.each([
    '^jobs-[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$',
    '^[a-z]+-\\d+$',
    '^\\d{4}\\.\\d{2}\\.\\d{2}$',
    '^(acct|user|dest)-[0-9a-f]+$',
    '^[A-Z]{3}$',
    '(foo|bar)*',
  ])('accepts %s', (p) => {
    expect(backtrackingRisk(p)).toBeUndefined();
  });

  it('reports a warning diagnostic naming the pointer and the assumption', () => {
    const unguarded = loadSchema({ properties: { e: { type: 'string', pattern: '(a+)+$' } } });
    expect(unguarded.diagnostics).toMatchObject([{ code: 'pattern-backtracking', severity: 'warning', pointer: '#/properties/e/pattern' }]);
    expect(unguarded.diagnostics[0]?.message).toMatch(/Add a maxLength/);
    const guarded = loadSchema({ type: 'string', maxLength: 100, pattern: '^.+@.+\\..+' });
    expect(guarded.diagnostics[0]?.message).toMatch(/maxLength 100 is checked first/);
  });

  it('a risky pattern behind maxLength never sees a string longer than the guard', () => {
    const v = loadSchema({ type: 'string', maxLength: 100, pattern: '^(a+)+$' });
    const source = new RegExp('^(a+)+$', 'u').source;
    expect(lengthsTested(source, () => expect(v.validate('a'.repeat(150)).valid).toBe(false))).toEqual([150]);
    expect(lengthsTested(source, () => expect(v.validate(`${'a'.repeat(100_000)}!`).valid).toBe(false))).toEqual([]);
    expect(lengthsTested(source, () => expect(v.is(`${'a'.repeat(100_000)}!`)).toBe(false))).toEqual([]);
    expect(lengthsTested(source, () => expect(v.validate('aaa').valid).toBe(true))).toEqual([3]);
  });
});

const SPEC_DIR = resolve(import.meta.dirname, '../../../spec');
const specs = existsSync(SPEC_DIR) ? readdirSync(SPEC_DIR).filter((f) => f.endsWith('.yaml')).sort() : [];
if (specs.length === 0) console.log(`spec pattern timing skipped: no ${SPEC_DIR}/*.yaml yet`);

/** Every schema node with a string `pattern`, as [pointer, pattern]. */
function patternSites(node: unknown, tokens: string[], out: [string, string][]): [string, string][] {
  if (typeof node !== 'object' || node === null) return out;
  const rec = node as Record<string, unknown>;
  if (typeof rec['pattern'] === 'string' && (typeof rec['type'] === 'string' || rec['maxLength'] !== undefined || rec['minLength'] !== undefined)) {
    out.push([`#/${tokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`, rec['pattern']]);
  }
  for (const [k, v] of Object.entries(rec)) if (k !== 'example' && k !== 'examples' && k !== 'default') patternSites(v, [...tokens, k], out);
  return out;
}

/** Strings built to make a backtracking regex work hard: long runs of the pattern's own characters. */
function adversarialInputs(pattern: string): string[] {
  const chars = new Set(['a', '0', ' ', '@', '.', '-', '!', ...pattern.replace(/\\[dDwWsS]|[\\^$()[\]{}|?*+]/g, '')]);
  const prefix = /^\^?([\w-]*)/.exec(pattern)?.[1] ?? '';
  return [...chars].flatMap((c) => [`${c.repeat(100_000)}\u0000`, `${prefix}${c.repeat(100_000)}\u0000`]);
}

describe.skipIf(specs.length === 0)('spec patterns on 100 000-character adversarial input', () => {
  for (const file of specs) {
    const document = parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as unknown;
    for (const [pointer, pattern] of patternSites(document, [], [])) {
      it(`${file} ${pointer}`, () => {
        const schema = pointer.slice(2).split('/').reduce<unknown>((n, t) => (n as Record<string, unknown>)[t.replace(/~1/g, '/').replace(/~0/g, '~')], document);
        const v = loadValidators({ document, dialect: 'openapi-3.1', targets: [{ name: 'P', schema, pointer, direction: 'neutral', typeExpression: 'unknown' }] }).validators['P'];
        if (v === undefined) throw new Error('validator missing');
        if (backtrackingRisk(pattern) === undefined) return;
        // A flagged pattern is only safe behind maxLength: the long input must never reach it.
        const maxLength = (schema as { maxLength?: unknown }).maxLength;
        expect(maxLength, `${pointer}: a risky pattern needs maxLength`).toBeTypeOf('number');
        const source = new RegExp(pattern, 'u').source;
        for (const input of adversarialInputs(pattern)) {
          const lengths = lengthsTested(source, () => {
            v.validate(input);
            v.is(input);
          });
          expect(lengths.filter((n) => n > 2 * (maxLength as number)), `input of ${JSON.stringify(input.slice(0, 12))}…`).toEqual([]);
        }
      });
    }
  }
});
