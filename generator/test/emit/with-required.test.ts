/**
 * openapi-typescript's `WithRequired` helper is replaced by one that type-checks for members that
 * are not plain objects (TS2344, issue 15), and only when it is there in the form expected.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tolerantWithRequired } from '../../src/emit/with-required.js';

const OPENAPI_TS_HELPER = 'type WithRequired<T, K extends keyof T> = T & {\n    [P in K]-?: T[P];\n};';

function errorsOf(source: string): string[] {
  const host = ts.createCompilerHost({ strict: true, noEmit: true });
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === 'm.ts' ? ts.createSourceFile(name, source, version) : read(name, version));
  const program = ts.createProgram({ rootNames: ['m.ts'], options: { strict: true, noEmit: true, types: [] }, host });
  return ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code}`);
}

describe('tolerantWithRequired', () => {
  const use = [
    'type Base = { id?: string } | null;',
    'export type Other = WithRequired<Base, "id">;',
    'export const a: Other = null;',
    'export const b: Other = { id: "x" };',
    '// @ts-expect-error id is required on the object member',
    'export const c: Other = {};',
  ].join('\n');

  it('replaces the helper so a nullable member type-checks', () => {
    expect(errorsOf(`${OPENAPI_TS_HELPER}\n${use}`)).toContain('TS2344');
    expect(errorsOf(`${tolerantWithRequired(`${OPENAPI_TS_HELPER}\n${use}`)}`)).toEqual([]);
  });

  it('leaves text without the helper alone and refuses an unexpected form', () => {
    expect(tolerantWithRequired('type A = 1;\n')).toBe('type A = 1;\n');
    expect(() => tolerantWithRequired('type WithRequired<T, K> = T;\ntype B = WithRequired<A, "x">;')).toThrow(/unexpected form/);
  });
});
