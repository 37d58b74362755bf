/**
 * The diff of two bundled OpenAPI documents: operations matched by method and path template
 * (parameter names aside), then each matched operation compared (compare-operation.ts), plus the
 * document-level servers and security schemes. In vendor mode the base is the vendor's full
 * document and the revision our slice: the vendor's operations we do not cover are ignored, its
 * servers are not compared (they are relative to its portal), and changes reached through a node
 * our spec marks as a deliberate deviation (provenance.ts) are left out.
 */
import { compareOperation, type OperationSide, type RawChange } from './compare-operation.js';
import { SchemaComparer } from './compare-schema.js';
import { isMarkedDeviation } from './provenance.js';
import { LEVELS, ruleOf, type Change } from './rules.js';
import { METHODS, asNode, child, locate, pathKey, type Node } from './spec-nodes.js';
import { byCodeUnit } from '../code-unit-order.js';

/** How to compare. */
export interface DiffOptions {
  /** Base is the vendor's document, revision our slice of it (see the module comment). */
  readonly vendor?: boolean;
}

/** An operation of the revision, as the JUnit report lists them. */
export interface OperationRef {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
}

/** The changes, the revision's operations, and in vendor mode how many changes were left out as marked deviations. */
export interface DiffOutcome {
  readonly changes: Change[];
  readonly operations: OperationRef[];
  readonly silenced: number;
}

function operationsOf(document: Node): Map<string, OperationSide & { method: string }> {
  const out = new Map<string, OperationSide & { method: string }>();
  const paths = asNode(document['paths']) ?? {};
  for (const [template, value] of Object.entries(paths)) {
    const pathItem = locate(document, value, child('#/paths', template));
    if (pathItem === undefined) continue;
    for (const method of METHODS) {
      const operation = locate(document, pathItem.node[method], child(pathItem.pointer, method));
      if (operation !== undefined) out.set(`${method} ${pathKey(template)}`, { document, template, pathItem, operation, method });
    }
  }
  return out;
}

function operationIdOf(side: OperationSide): string {
  const id = side.operation.node['operationId'];
  return typeof id === 'string' ? id : '';
}

/** A security scheme reduced to what a client depends on (OpenAPI 3.1 §4.8.27). */
function schemeShape(value: unknown, document: Node, pointer: string): string {
  const scheme = locate(document, value, pointer)?.node ?? {};
  const flows = asNode(scheme['flows']) ?? {};
  const flowShape = Object.keys(flows).sort().map((name) => {
    const flow = asNode(flows[name]) ?? {};
    return [name, flow['tokenUrl'], flow['authorizationUrl'], Object.keys(asNode(flow['scopes']) ?? {}).sort()];
  });
  const httpScheme = typeof scheme['scheme'] === 'string' ? scheme['scheme'].toLowerCase() : undefined;
  return JSON.stringify([scheme['type'], scheme['in'], scheme['name'], httpScheme, flowShape, scheme['openIdConnectUrl']]);
}

function documentChanges(base: Node, revision: Node, vendor: boolean): RawChange[] {
  const out: RawChange[] = [];
  if (!vendor) {
    const rUrls = new Set((Array.isArray(revision['servers']) ? revision['servers'] : []).map((s: unknown) => asNode(s)?.['url']));
    (Array.isArray(base['servers']) ? base['servers'] : []).forEach((s: unknown, i) => {
      const url = asNode(s)?.['url'];
      if (typeof url === 'string' && !rUrls.has(url)) out.push({ rule: 'server-removed', pointer: child('#/servers', i), message: `server ${url} removed`, trail: [] });
    });
  }
  const bSchemes = asNode(asNode(base['components'])?.['securitySchemes']) ?? {};
  const rSchemes = asNode(asNode(revision['components'])?.['securitySchemes']) ?? {};
  for (const [name, value] of Object.entries(bSchemes)) {
    if (rSchemes[name] === undefined) continue;
    const pointer = child('#/components/securitySchemes', name);
    if (schemeShape(value, base, pointer) !== schemeShape(rSchemes[name], revision, pointer)) {
      out.push({ rule: 'security-scheme-changed', pointer, message: `security scheme \`${name}\` changed`, trail: [pointer] });
    }
  }
  return out;
}

function toChange(raw: RawChange, side: (OperationSide & { method: string }) | undefined): Change {
  return {
    rule: raw.rule,
    level: ruleOf(raw.rule).level,
    operationId: side === undefined ? '' : operationIdOf(side),
    method: side?.method ?? '',
    path: side?.template ?? '',
    pointer: raw.pointer,
    message: raw.message,
  };
}

/**
 * The changes from `base` to `revision` (both bundled OpenAPI 3.0 or 3.1 documents), most severe
 * first, then by path, method and rule; each (rule, operation, pointer) once.
 */
export function diffDocuments(base: Node, revision: Node, options: DiffOptions = {}): DiffOutcome {
  const vendor = options.vendor === true;
  const schemas = new SchemaComparer(base, revision);
  const bOps = operationsOf(base);
  const rOps = operationsOf(revision);
  const rPathKeys = new Set([...rOps.values()].map((op) => pathKey(op.template)));
  const found: { raw: RawChange; side: (OperationSide & { method: string }) | undefined }[] = [];
  for (const [key, b] of bOps) {
    const r = rOps.get(key);
    if (r === undefined) {
      if (vendor) continue;
      const pathGone = !rPathKeys.has(pathKey(b.template));
      const raw: RawChange = pathGone
        ? { rule: 'api-path-removed', pointer: b.pathItem.pointer, message: `path ${b.template} removed (${b.method.toUpperCase()} with it)`, trail: [] }
        : { rule: 'api-removed', pointer: b.operation.pointer, message: `${b.method.toUpperCase()} ${b.template} removed`, trail: [] };
      found.push({ raw, side: b });
      continue;
    }
    const bId = operationIdOf(b);
    const rId = operationIdOf(r);
    if (bId !== '' && bId !== rId) {
      found.push({ raw: { rule: 'api-operation-id-changed', pointer: child(r.operation.pointer, 'operationId'), message: `operationId ${bId} → ${rId || '(none)'}`, trail: [r.operation.pointer] }, side: r });
    }
    for (const raw of compareOperation(schemas, b, r)) found.push({ raw, side: r });
  }
  for (const [key, r] of rOps) {
    if (!bOps.has(key)) found.push({ raw: { rule: 'api-added', pointer: r.operation.pointer, message: `${r.method.toUpperCase()} ${r.template} added`, trail: [r.operation.pointer] }, side: r });
  }
  for (const raw of documentChanges(base, revision, vendor)) found.push({ raw, side: undefined });

  let silenced = 0;
  const seen = new Set<string>();
  const changes: Change[] = [];
  for (const { raw, side } of found) {
    if (vendor && isMarkedDeviation(revision, raw.trail)) {
      silenced += 1;
      continue;
    }
    const change = toChange(raw, side);
    const key = `${change.rule}|${change.method}|${change.path}|${change.pointer}|${change.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push(change);
  }
  changes.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || byCodeUnit(a.path, b.path) || byCodeUnit(a.method, b.method) || byCodeUnit(a.rule, b.rule));
  const operations = [...rOps.values()].map((r) => ({ operationId: operationIdOf(r), method: r.method, path: r.template }));
  return { changes, operations, silenced };
}
