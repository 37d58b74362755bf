/**
 * Compares one operation present in both documents (matched by method and path): parameters
 * (OpenAPI 3.1 §4.8.12, path-item parameters merged under the operation's), request body
 * (§4.8.13), responses (§4.8.16) and effective security requirements (§4.8.30).
 */
import { SchemaComparer, type SchemaFinding } from './compare-schema.js';
import { schemaRuleId, type RuleId, type SchemaScope } from './rules.js';
import { asNode, child, locate, type Located, type Node } from './spec-nodes.js';

/** A change found in an operation, before the operation's names are attached. */
export interface RawChange {
  readonly rule: RuleId;
  readonly pointer: string;
  readonly message: string;
  /** Revision pointers the change was reached through (for the provenance markers). */
  readonly trail: readonly string[];
}

/** One side of an operation: the document, the operation and its path item, both located. */
export interface OperationSide {
  readonly document: Node;
  readonly template: string;
  readonly pathItem: Located;
  readonly operation: Located;
}

interface Parameter {
  readonly at: Located;
  readonly name: string;
  readonly location: string;
  readonly required: boolean;
}

/** Parameters by key: `in:name` (header names case-insensitive), path parameters by position in the template. */
function parametersOf(side: OperationSide): Map<string, Parameter> {
  const byKey = new Map<string, Parameter>();
  const positions = [...side.template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  for (const owner of [side.pathItem, side.operation]) {
    const list = owner.node['parameters'];
    if (!Array.isArray(list)) continue;
    list.forEach((value: unknown, i) => {
      const at = locate(side.document, value, child(owner.pointer, 'parameters', i));
      const name = at?.node['name'];
      const location = at?.node['in'];
      if (at === undefined || typeof name !== 'string' || typeof location !== 'string') return;
      const key = location === 'path' ? `path:#${positions.indexOf(name)}` : `${location}:${location === 'header' ? name.toLowerCase() : name}`;
      byKey.set(key, { at, name, location, required: at.node['required'] === true });
    });
  }
  return byKey;
}

function trailOf(at: Located): string[] {
  return [...at.via, at.pointer];
}

function fromSchema(scope: SchemaScope, findings: readonly SchemaFinding[], trail: readonly string[]): RawChange[] {
  return findings.map((f) => ({ rule: schemaRuleId(scope, f.kind), pointer: f.pointer, message: f.message, trail: [...trail, ...f.trail] }));
}

function compareParameters(schemas: SchemaComparer, base: OperationSide, revision: OperationSide): RawChange[] {
  const out: RawChange[] = [];
  const bp = parametersOf(base);
  const rp = parametersOf(revision);
  const moved = new Set<string>();
  for (const [key, b] of bp) {
    const r = rp.get(key);
    if (r === undefined) {
      const elsewhere = [...rp.entries()].find(([k, p]) => !bp.has(k) && p.name.toLowerCase() === b.name.toLowerCase());
      if (elsewhere !== undefined) {
        moved.add(elsewhere[0]);
        out.push({ rule: 'request-parameter-location-changed', pointer: elsewhere[1].at.pointer, message: `parameter \`${b.name}\` moved from ${b.location} to ${elsewhere[1].location}`, trail: trailOf(elsewhere[1].at) });
      } else {
        out.push({ rule: 'request-parameter-removed', pointer: b.at.pointer, message: `${b.location} parameter \`${b.name}\` removed`, trail: [] });
      }
      continue;
    }
    if (!b.required && r.required) out.push({ rule: 'request-parameter-became-required', pointer: child(r.at.pointer, 'required'), message: `${r.location} parameter \`${r.name}\` became required`, trail: trailOf(r.at) });
    const findings = schemas.compare(b.at.node['schema'], r.at.node['schema'], child(b.at.pointer, 'schema'), child(r.at.pointer, 'schema'), 'request');
    out.push(...fromSchema('request-parameter', findings.map((f) => ({ ...f, message: `parameter \`${r.name}\`: ${f.message}` })), trailOf(r.at)));
  }
  for (const [key, r] of rp) {
    if (bp.has(key) || moved.has(key)) continue;
    const rule = !r.required ? 'new-optional-request-parameter' : r.location === 'header' ? 'new-required-request-header' : 'new-required-request-parameter';
    out.push({ rule, pointer: r.at.pointer, message: `${r.required ? 'required' : 'optional'} ${r.location} parameter \`${r.name}\` added`, trail: trailOf(r.at) });
  }
  return out;
}

function compareRequestBody(schemas: SchemaComparer, base: OperationSide, revision: OperationSide): RawChange[] {
  const bPointer = child(base.operation.pointer, 'requestBody');
  const rPointer = child(revision.operation.pointer, 'requestBody');
  const b = locate(base.document, base.operation.node['requestBody'], bPointer);
  const r = locate(revision.document, revision.operation.node['requestBody'], rPointer);
  if (r === undefined) return [];
  const out: RawChange[] = [];
  if (r.node['required'] === true && b?.node['required'] !== true) {
    out.push({ rule: 'request-body-became-required', pointer: r.pointer, message: b === undefined ? 'a required request body was added' : 'the request body became required', trail: trailOf(r) });
  }
  if (b === undefined) return out;
  const bContent = asNode(b.node['content']) ?? {};
  const rContent = asNode(r.node['content']) ?? {};
  for (const [mediaType, bMedia] of Object.entries(bContent)) {
    const rMedia = asNode(rContent[mediaType]);
    if (rMedia === undefined) continue;
    const bSchema = child(b.pointer, 'content', mediaType, 'schema');
    const rSchema = child(r.pointer, 'content', mediaType, 'schema');
    out.push(...fromSchema('request-body', schemas.compare(asNode(bMedia)?.['schema'], rMedia['schema'], bSchema, rSchema, 'request'), trailOf(r)));
  }
  return out;
}

function compareResponses(schemas: SchemaComparer, base: OperationSide, revision: OperationSide): RawChange[] {
  const out: RawChange[] = [];
  const bResponses = asNode(base.operation.node['responses']) ?? {};
  const rResponses = asNode(revision.operation.node['responses']) ?? {};
  for (const [status, bValue] of Object.entries(bResponses)) {
    const bPointer = child(base.operation.pointer, 'responses', status);
    const rValue = rResponses[status];
    if (rValue === undefined) {
      if (/^2/.test(status)) out.push({ rule: 'response-success-status-removed', pointer: bPointer, message: `success status ${status} removed`, trail: [] });
      continue;
    }
    const b = locate(base.document, bValue, bPointer);
    const r = locate(revision.document, rValue, child(revision.operation.pointer, 'responses', status));
    if (b === undefined || r === undefined) continue;
    const bContent = asNode(b.node['content']) ?? {};
    const rContent = asNode(r.node['content']) ?? {};
    for (const [mediaType, bMedia] of Object.entries(bContent)) {
      const rMedia = asNode(rContent[mediaType]);
      if (rMedia === undefined) {
        out.push({ rule: 'response-media-type-removed', pointer: child(b.pointer, 'content', mediaType), message: `${status} response media type ${mediaType} removed`, trail: trailOf(r) });
        continue;
      }
      const findings = schemas.compare(asNode(bMedia)?.['schema'], rMedia['schema'], child(b.pointer, 'content', mediaType, 'schema'), child(r.pointer, 'content', mediaType, 'schema'), 'response');
      out.push(...fromSchema('response-body', findings.map((f) => ({ ...f, message: `${status} response: ${f.message}` })), trailOf(r)));
    }
  }
  return out;
}

/** The effective security requirement of an operation (its own, else the document's) and where it is written. */
function securityOf(side: OperationSide): { alternatives: Node[]; pointer: string } {
  const own = side.operation.node['security'];
  const list = Array.isArray(own) ? own : side.document['security'];
  const pointer = Array.isArray(own) ? child(side.operation.pointer, 'security') : '#/security';
  return { alternatives: Array.isArray(list) ? list.map((a: unknown) => asNode(a) ?? {}) : [], pointer };
}

function schemeKey(alternative: Node): string {
  return Object.keys(alternative).sort().join(' + ');
}

function scopesKey(alternative: Node): string {
  return JSON.stringify(Object.keys(alternative).sort().map((name) => [name, [...((alternative[name] as unknown[] | undefined) ?? [])].map(String).sort()]));
}

function compareSecurity(base: OperationSide, revision: OperationSide): RawChange[] {
  const b = securityOf(base);
  const r = securityOf(revision);
  const open = (alternatives: readonly Node[]): boolean => alternatives.length === 0 || alternatives.some((a) => Object.keys(a).length === 0);
  const trail = [r.pointer];
  if (open(b.alternatives)) {
    return open(r.alternatives) ? [] : [{ rule: 'api-security-added', pointer: r.pointer, message: `security required: ${r.alternatives.map(schemeKey).join(' or ')}`, trail }];
  }
  const out: RawChange[] = [];
  for (const alternative of b.alternatives) {
    const same = r.alternatives.find((a) => schemeKey(a) === schemeKey(alternative));
    if (same === undefined) {
      if (!open(r.alternatives)) out.push({ rule: 'api-security-changed', pointer: r.pointer, message: `security requirement ${schemeKey(alternative)} is now ${r.alternatives.map(schemeKey).join(' or ')}`, trail });
    } else if (scopesKey(same) !== scopesKey(alternative)) {
      out.push({ rule: 'api-security-scope-changed', pointer: r.pointer, message: `scopes of ${schemeKey(alternative)}: ${scopesKey(alternative)} → ${scopesKey(same)}`, trail });
    }
  }
  return out;
}

/** Every change between the two sides of one operation, in the order parameters, body, responses, security. */
export function compareOperation(schemas: SchemaComparer, base: OperationSide, revision: OperationSide): RawChange[] {
  const trail = trailOf(revision.operation);
  return [
    ...compareParameters(schemas, base, revision),
    ...compareRequestBody(schemas, base, revision),
    ...compareResponses(schemas, base, revision),
    ...compareSecurity(base, revision),
  ].map((change) => ({ ...change, trail: [...trail, ...change.trail] }));
}
