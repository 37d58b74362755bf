/**
 * Finds every example in an OpenAPI 3.1 document and validates it against its schema with an
 * independent JSON Schema validator (ajv's 2020-12 dialect with ajv-formats), so a spec example
 * that its own schema rejects is caught. Test helper, not product code.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';

const addFormats = formatsPlugin.default;

/** One example that fails its schema. */
export interface ExampleProblem {
  /** JSON pointer of the example value. */
  pointer: string;
  /** ajv's error text, e.g. `/items/0 must have required property 'amount'`. */
  message: string;
}

type Node = Record<string, unknown>;

const escape = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Pointers of `(examplePointer, schemaPointer)` pairs: media types, parameters, headers, schemas. */
function collectExamples(node: unknown, pointer: string, out: [string, string, unknown][]): void {
  if (typeof node !== 'object' || node === null) return;
  const n = node as Node;
  const schemaAt = (key: string): string => `${pointer}/${key}`;
  const hasSchemaSibling = n['schema'] !== undefined;
  if (hasSchemaSibling && 'example' in n) out.push([`${pointer}/example`, schemaAt('schema'), n['example']]);
  if (hasSchemaSibling && typeof n['examples'] === 'object' && n['examples'] !== null && !Array.isArray(n['examples'])) {
    for (const [name, example] of Object.entries(n['examples'] as Node)) {
      const value = (example as Node | null)?.['value'];
      if (value !== undefined) out.push([`${pointer}/examples/${escape(name)}/value`, schemaAt('schema'), value]);
    }
  }
  const isSchema = typeof n['type'] === 'string' || Array.isArray(n['type']) || 'properties' in n || 'oneOf' in n;
  if (isSchema && Array.isArray(n['examples'])) {
    n['examples'].forEach((value, i) => out.push([`${pointer}/examples/${i}`, pointer, value]));
  }
  for (const [key, child] of Object.entries(n)) {
    if (key === 'examples' || key === 'example' || key.startsWith('x-')) continue;
    collectExamples(child, `${pointer}/${escape(key)}`, out);
  }
}

/** Validates every example of `document`; returns the failures (empty when all pass) and the count checked. */
export function checkExamples(document: unknown): { checked: number; problems: ExampleProblem[] } {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document as Node, 'spec');
  const examples: [string, string, unknown][] = [];
  collectExamples(document, '#', examples);
  const problems: ExampleProblem[] = [];
  for (const [examplePointer, schemaPointer, value] of examples) {
    const validate = ajv.getSchema(`spec${schemaPointer}`);
    if (!validate) {
      problems.push({ pointer: examplePointer, message: `no schema at ${schemaPointer}` });
    } else if (!validate(value)) {
      const text = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
      problems.push({ pointer: examplePointer, message: text });
    }
  }
  return { checked: examples.length, problems };
}
