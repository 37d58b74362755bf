/**
 * type-layout.ts and openapi-types-layout.ts lay out long type annotations as prettier does: each
 * case is printed by our line pass and compared with prettier (the pinned dependency, under the
 * repository's `.prettierrc.json`) formatting the same declarations.
 */
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { openApiTypesLayout } from '../../src/emit/openapi-types-layout.js';
import { breakTypeLine } from '../../src/emit/type-layout.js';
import { ROOT } from '../run-cli.js';

/** `source` as prettier formats it under the repository's config. */
async function prettierFormat(source: string): Promise<string> {
  const options = await prettier.resolveConfig(path.join(ROOT, 'generated/x.ts'));
  return prettier.format(source, { ...options, filepath: 'x.ts' });
}

const literals = (n: number, word = 'member'): string[] => Array.from({ length: n }, (_, i) => `'${word}-number-${i}'`);
const path1 = "paths['/payments/jobs/{job-token}/aaaaaaaaaaaaaaaaaaaaaaaaaaaaa']['get']['parameters']['header']";

describe('breakTypeLine', () => {
  it.each([
    ['a union that fits on the next line', `  sandboxInstance?: ${literals(8, 'sbx').join(' | ')};`],
    ['a union that does not', `  sandboxInstance?: ${literals(14, 'sbx').join(' | ')};`],
    ['a NonNullable argument', `  version?: NonNullable<${path1}>['X-MyPayQuicker-Version'];`],
    ['a nested NonNullable argument', `  version?: NonNullable<NonNullable<${path1}>['X-MyPayQuicker-Version']>;`],
    ['a union inside a type argument', `  a: Array<${literals(12).join(' | ')}>;`],
    ['an indexed access that cannot break', `  x: ${path1}['X-MyPayQuicker-Version-Header-Long'];`],
  ])('prints %s as prettier does', async (_, line) => {
    const source = `export interface A {\n${line}\n}\n`;
    const ours = `export interface A {\n${breakTypeLine(line)}\n}\n`;
    expect(ours).toBe(await prettierFormat(source));
  });

  it.each([
    ['an alias of an indexed access', `export type GetPaymentResult = ${path1}[200]['content']['application/json'];`],
    ['an alias of a short union', `export type GetPaymentResultaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa = PaymentResultaaaaaaaaaaaaaaaa | PaymentResultbbbbbbbbbbbbbbbbbbbb;`],
    ['an alias of a long union', `export type Colour = ${literals(10, 'colour').join(' | ')};`],
  ])('prints %s as prettier does', async (_, line) => {
    expect(`${breakTypeLine(line)}\n`).toBe(await prettierFormat(line));
  });
});

describe('openApiTypesLayout', () => {
  it.each([
    ['a union of objects', '        C: {\n            a: string;\n        } | {\n            /** @description b */\n            b: string;\n        };'],
    ['an object or null (hugged)', '        A: {\n            a: string;\n        } | null;'],
    ['a reference or an object', "        F: components[\"schemas\"][\"X\"] | {\n            b: string;\n        };"],
    ['an array of a parenthesized union', '        D: ({\n            a: string;\n        } | {\n            b: string;\n        })[];'],
    ['an intersection with a parenthesized union', '        E: {\n            x: string;\n        } & ({\n            a?: string;\n        } | {\n            b?: string;\n        });'],
    ['a short tuple', '        Pair: [\n            string,\n            number\n        ];'],
    ['a long tuple', `        Long: [\n${literals(6, 'element-of-a-long-tuple').map((l) => `            ${l}`).join(',\n')}\n        ];`],
    ['a string with more single than double quotes', `        q: "it's 'quoted'";`],
  ])('prints %s as prettier does', async (_, member) => {
    const ours = openApiTypesLayout(`export interface components {\n    schemas: {\n${member}\n    };\n}\n`);
    expect(ours).toBe(await prettierFormat(ours));
  });
});
