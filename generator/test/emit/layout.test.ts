/**
 * The layout our printers write instead of a prettier pass (layout.ts, literal.ts,
 * openapi-types-layout.ts): lists on one line when they fit in 120 columns, else one item per line
 * with trailing commas; openapi-typescript's text re-indented, single-quoted and with long unions
 * broken; comments untouched.
 */
import { describe, expect, it } from 'vitest';
import { breakParameters, namedImport, PRINT_WIDTH } from '../../src/emit/layout.js';
import { code, literal } from '../../src/emit/literal.js';
import { openApiTypesLayout } from '../../src/emit/openapi-types-layout.js';

describe('literal', () => {
  it('keeps a list that fits on one line, and writes empty ones as {} and []', () => {
    expect(literal({ a: 1, b: [true, null], c: {}, d: [], e: undefined })).toBe('{ a: 1, b: [true, null], c: {}, d: [] }');
  });

  it('breaks a list that does not fit, one item per line with trailing commas, nested lists by their own width', () => {
    const value = { name: 'x'.repeat(60), short: { a: 1 }, list: ['y'.repeat(70), 'z'.repeat(70)] };
    expect(literal(value, '', 0, 1)).toBe(
      [
        '{',
        `  name: '${'x'.repeat(60)}',`,
        '  short: { a: 1 },',
        '  list: [',
        `    '${'y'.repeat(70)}',`,
        `    '${'z'.repeat(70)}',`,
        '  ],',
        '}',
      ].join('\n'),
    );
  });

  it('counts the column it starts at and the characters after it', () => {
    const value = { key: 'v'.repeat(100) };
    const flat = literal(value);
    expect(literal(value, '', PRINT_WIDTH - flat.length, 0)).toBe(flat);
    expect(literal(value, '', PRINT_WIDTH - flat.length, 1)).not.toBe(flat);
  });

  it('writes a Map in insertion order (an object would put integer-like keys first) and code as is', () => {
    expect(literal(new Map<string, unknown>([['b', code('x.y')], ['10', 2]]))).toBe("{ b: x.y, '10': 2 }");
  });
});

describe('namedImport', () => {
  it('writes the names on one line when they fit, else one per line', () => {
    expect(namedImport('import type', ['A', 'B'], './t.js')).toBe("import type { A, B } from './t.js';");
    const names = Array.from({ length: 12 }, (_, i) => `SomeLongTypeName${i}`);
    expect(namedImport('export', names, './t.js')).toBe(`export {\n${names.map((n) => `  ${n},`).join('\n')}\n} from './t.js';`);
  });
});

describe('breakParameters', () => {
  const params = `params: Omit<${'P'.repeat(60)}, 'page'>, options?: RequestOptions`;

  it('breaks a long signature or call after its first parenthesis', () => {
    expect(breakParameters(`  list(${params}): AsyncIterable<R> {`)).toBe(
      `  list(\n    params: Omit<${'P'.repeat(60)}, 'page'>,\n    options?: RequestOptions,\n  ): AsyncIterable<R> {`,
    );
    expect(breakParameters(`    return this.#core.items<NonNullable<${'R'.repeat(60)}['payload']>[number]>(operation, params, options);`)).toBe(
      `    return this.#core.items<NonNullable<${'R'.repeat(60)}['payload']>[number]>(\n      operation,\n      params,\n      options,\n    );`,
    );
  });

  it('leaves short lines, comments and lines that do not end with the list alone', () => {
    expect(breakParameters('  f(a, b): R {')).toBe('  f(a, b): R {');
    const comment = `   * see f(${params}): R {`;
    expect(breakParameters(comment)).toBe(comment);
    const other = `  const x = f(${params}) + 1;`;
    expect(breakParameters(other)).toBe(other);
  });

  it('does not split at commas inside strings or brackets', () => {
    const line = `  f(a: Record<string, ${'T'.repeat(90)}>, b = 'x, y'): void {`;
    expect(breakParameters(line)).toBe(`  f(\n    a: Record<string, ${'T'.repeat(90)}>,\n    b = 'x, y',\n  ): void {`);
  });
});

describe('openApiTypesLayout', () => {
  it('re-indents by 2 and single-quotes strings, escaping quotes both ways, and leaves comments alone', () => {
    const text = [
      'export interface paths {',
      '    "/a": {',
      '        /**',
      '         * @description Say "hi" to it\'s owner',
      '         */',
      '        k: "it\'s \\"x\\"";',
      '    };',
      '}',
    ].join('\n');
    expect(openApiTypesLayout(text)).toBe(
      [
        'export interface paths {',
        "  '/a': {",
        '    /**',
        '     * @description Say "hi" to it\'s owner',
        '     */',
        "    k: 'it\\'s \"x\"';",
        '  };',
        '}',
      ].join('\n'),
    );
  });

  it('breaks a union member line longer than 120 columns, one member per line', () => {
    const values = Array.from({ length: 12 }, (_, i) => `"value-number-${i}"`);
    const out = openApiTypesLayout(`        status?: ${values.join(' | ')};`);
    expect(out.split('\n')).toEqual(['    status?:', ...values.map((v, i) => `      | ${v.replace(/"/g, "'")}${i === 11 ? ';' : ''}`)]);
  });

  it('breaks a long union inside a type argument one member per line, as prettier does', () => {
    const members = Array.from({ length: 12 }, (_, i) => `'member-number-${i}'`);
    const laid = openApiTypesLayout(`    a: Array<${members.join(' | ')}>;`);
    expect(laid).toBe(['  a: Array<', ...members.map((m) => `    | ${m}`), '  >;'].join('\n'));
  });
});
