/**
 * Every example in both specs validates against its schema (an independent validator: ajv 2020
 * with formats), and a broken example is caught and named by its JSON pointer.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getByPointer } from '../../src/ir/json-pointer.js';
import { checkExamples } from './example-checker.js';

type Node = Record<string, unknown>;

const load = (name: string): unknown =>
  parse(readFileSync(fileURLToPath(new URL(`../../../spec/${name}.yaml`, import.meta.url)), 'utf8'));

describe.each(['payquicker', 'abconnect'])('examples of spec/%s.yaml', (name) => {
  it('all validate against their schemas', () => {
    const { checked, problems } = checkExamples(load(name));
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

describe('a broken example', () => {
  it('is reported with its JSON pointer', () => {
    const document = load('payquicker');
    const media = getByPointer(document, '#/paths/~1payments~1jobs/post/requestBody/content/application~1json') as Node;
    const [name, example] = Object.entries(media['examples'] as Record<string, { value: { items: Node[] } }>)[0]!;
    example.value.items[0]!['amount'] = 'one dollar';
    const { problems } = checkExamples(document);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.pointer).toBe(`#/paths/~1payments~1jobs/post/requestBody/content/application~1json/examples/${name}/value`);
    expect(problems[0]!.message).toMatch(/amount/);
  });

  it('is reported when a response example misses a required property', () => {
    const document = load('abconnect');
    const schema = getByPointer(document, '#/components/schemas/PaymentSourceDetails') as Node;
    schema['required'] = ['id', 'nickname'];
    const { problems } = checkExamples(document);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /nickname/.test(p.message))).toBe(true);
  });
});
