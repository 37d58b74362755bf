/**
 * Catastrophic-backtracking screening of `pattern`, and a timing check of every pattern in
 * `spec/*.yaml` against 100 000-character adversarial strings through the compiled validator.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { backtrackingRisk } from '../../src/validators/regex-safety.js';
import { loadSchema, loadValidators } from './load-validators.js';

/**
 * A bound that tells linear matching from backtracking on 100 000 characters, with room for a loaded
 * CI machine: quadratic backtracking there takes about 10^10 steps (tens of seconds), exponential
 * never ends, while a linear match takes well under a millisecond.
 */
const BACKTRACKING_BOUND_MS = 1000;

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

  it('a risky pattern behind maxLength stays fast on a long string', () => {
    const v = loadSchema({ type: 'string', maxLength: 100, pattern: '^(a+)+$' });
    const start = performance.now();
    expect(v.validate(`${'a'.repeat(100_000)}!`).valid).toBe(false);
    expect(performance.now() - start).toBeLessThan(BACKTRACKING_BOUND_MS);
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
        for (const input of adversarialInputs(pattern)) {
          const start = performance.now();
          v.validate(input);
          v.is(input);
          expect(performance.now() - start, `input of ${JSON.stringify(input.slice(0, 12))}…`).toBeLessThan(BACKTRACKING_BOUND_MS);
        }
      });
    }
  }
});
