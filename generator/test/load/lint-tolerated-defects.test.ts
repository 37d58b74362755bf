/**
 * `api-contracts lint` reports the defects `generate` tolerates (issue 15 item 2) as the same
 * warnings (code, pointer, assumption), not as `struct` errors, and exits 0 when only warnings remain.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasErrors, type Diagnostic } from '../../src/diagnostics.js';
import { lintSpec } from '../../src/load/lint-spec.js';
import { loadSpec } from '../../src/load/load-spec.js';
import { runCli } from '../run-cli.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/lint/tolerated-defects.yaml', import.meta.url));
const TOLERATED = ['extension-content', 'nullable-in-3.1', 'boolean-exclusive-bound-in-3.1'];

describe('lint and tolerated defects', () => {
  it('warns with the pointer and assumption generate states', async () => {
    const linted = await lintSpec(FIXTURE);
    const loaded = (await loadSpec(FIXTURE)).diagnostics;
    const shapes = (list: Diagnostic[]) =>
      list.map(({ code, severity, pointer, message }) => ({ code, severity, pointer, message })).sort((a, b) => (a.pointer < b.pointer ? -1 : 1));
    expect(hasErrors(linted)).toBe(false);
    expect(shapes(linted)).toEqual(shapes(loaded));
    expect(linted.map((d) => d.code).sort()).toEqual([...TOLERATED, 'boolean-exclusive-bound-in-3.1'].sort());
    expect(linted.find((d) => d.code === 'nullable-in-3.1')).toMatchObject({
      severity: 'warning',
      pointer: '#/components/schemas/Thing/properties/note/nullable',
      message: expect.stringContaining('read as 3.0 did'),
    });
  });

  it('exits 0 and prints the warnings when only warnings remain', async () => {
    const { code, stdout } = await runCli(['lint', FIXTURE]);
    expect(stdout).toContain('1 specs linted: 0 errors, 4 warnings');
    expect(stdout).toMatch(/#\/paths\/~1things\/get\/x-codeSamples\/0\/lang warning \[extension-content\]/);
    expect(code).toBe(0);
  });

  it('still refuses a structural error outside the tolerated classes (exit 2)', async () => {
    const { code, stdout } = await runCli(['lint', fileURLToPath(new URL('../fixtures/invalid/unknown-type.yaml', import.meta.url))]);
    expect(stdout).toMatch(/error \[struct\]/);
    expect(code).toBe(2);
  });
});
