/**
 * Bad input: documents that are not OpenAPI, cannot be parsed, have a dangling `$ref`, an unknown
 * type, a duplicate operationId, a parameter without a schema or one name used by two parameters
 * of an operation. Each gives one clear message per
 * problem with file, line and JSON pointer, exit code 2, and writes nothing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const INVALID = 'generator/test/fixtures/invalid';

const CASES = [
  { file: 'yaml-syntax.yaml', code: 'parse-error', pointer: '#', line: 10, text: /indented/ },
  { file: 'dangling-ref.yaml', code: 'no-unresolved-refs', pointer: '#/paths/~1things/get/responses/200/content/application~1json/schema', line: 15, text: /resolve/ },
  { file: 'unknown-type.yaml', code: 'struct', pointer: '#/components/schemas/Thing/properties/id/type', line: 22, text: /did you mean: string/ },
  { file: 'duplicate-operation-id.yaml', code: 'duplicate-operation-id', pointer: '#/paths/~1b/get/operationId', line: 14, text: /already used by #\/paths\/~1a\/get/ },
  { file: 'parameter-without-schema.yaml', code: 'struct', pointer: '#/paths/~1things/get/parameters/0', line: 10, text: /schema, content/ },
  { file: 'not-openapi.yaml', code: 'not-openapi', pointer: '#', line: undefined, text: /openapi/ },
  { file: 'swagger2.json', code: 'not-openapi', pointer: '#/swagger', line: undefined, text: /swagger2openapi/ },
];

describe.each(CASES)('generate --spec $file', ({ file, code, pointer, line, text }) => {
  it('exits 2 with one located message and writes nothing', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'api-contracts-invalid-')), 'out');
    const result = await runCli(['generate', '--spec', `${INVALID}/${file}`, '--out', out]);
    expect(result.code).toBe(2);
    const located = result.stderr.split('\n').filter((l) => l.includes(`[${code}]`));
    expect(located).toHaveLength(1);
    const where = line === undefined ? `${INVALID}/${file} ` : `${INVALID}/${file}:${line} `;
    expect(located[0]).toContain(`${where}${pointer} error [${code}]`);
    expect(located[0]).toMatch(text);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
