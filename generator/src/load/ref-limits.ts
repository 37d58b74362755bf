/**
 * Checks that must pass before Redocly walks a spec, because its resolver and walker recurse and
 * would crash (exit 70) or take minutes instead of reporting:
 * - a pure `$ref` cycle (`Self: {$ref: '#/…/Self'}`, or A → B → A with no schema in between);
 * - a `$ref` chain longer than {@link MAX_REF_CHAIN} hops;
 * - objects and arrays nested deeper than {@link MAX_NESTING} in one document, or deeper than
 *   {@link MAX_NESTING_THROUGH_REFS} counting the levels entered through `$ref`s (as Redocly's
 *   walker goes: depth first, each node once).
 */
import { isRef, type BaseResolver } from '@redocly/openapi-core';
import type { Diagnostic } from '../diagnostics.js';
import { childPointer } from '../ir/json-pointer.js';
import { MAX_REF_CHAIN, RefChainTooLong, RefFollower, RefLoop, type RefTarget } from './ref-follower.js';
import type { DocumentSet } from './referenced-documents.js';

/**
 * Nesting of objects and arrays allowed within one document: the limit (`maxDepth`) of the YAML
 * parser Redocly reads YAML with, now applied to JSON too. Real documents stay near 20.
 */
export const MAX_NESTING = 100;
/** Nesting allowed counting the levels entered through `$ref`s (GitHub's document: about 30). */
export const MAX_NESTING_THROUGH_REFS = 1000;

type NameOf = (file: string) => string;

/**
 * The errors of `set` (codes `ref-cycle`, `ref-chain-too-long`, `nesting-too-deep`), each at a
 * JSON pointer: one per cycle, one per overlong chain and at most one for nesting (its deepest
 * levels are not read). `nameOf` gives the name a message uses for an absolute path.
 */
export function refLimitProblems(set: DocumentSet, resolver: BaseResolver, nameOf: NameOf): Diagnostic[] {
  const follower = new RefFollower(set, resolver);
  const problems = refProblems(set, follower, nameOf);
  if (problems.length > 0) return problems;
  const nesting = nestingProblem(set, follower);
  return nesting === undefined ? [] : [{ ...nesting, file: nameOf(nesting.file) }];
}

function refProblems(set: DocumentSet, follower: RefFollower, nameOf: NameOf): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const reported = new Set<string>();
  const where = (t: RefTarget): string => (t.file === set.root ? t.pointer : `${nameOf(t.file)}${t.pointer}`);
  const report = (code: string, [first]: readonly RefTarget[], message: string): void => {
    if (first !== undefined) problems.push({ code, severity: 'error', file: nameOf(first.file), pointer: first.pointer, message });
  };
  for (const { file, pointer, ref } of set.refs) {
    if (reported.has(where({ file, pointer, node: ref }))) continue;
    try {
      follower.follow(file, pointer, ref);
    } catch (error) {
      if (!(error instanceof RefLoop || error instanceof RefChainTooLong)) throw error;
      const steps = error.trail.map(where);
      if (error instanceof RefLoop && steps.slice(1).some((s) => reported.has(s))) continue;
      for (const step of steps) reported.add(step);
      if (error instanceof RefLoop) {
        report('ref-cycle', error.trail, `$ref cycle with no schema in between: ${steps.join(' → ')} (make one of them a schema)`);
      } else {
        const shown = `${steps.slice(0, 3).join(' → ')} → … → ${steps.at(-1) ?? ''}`;
        report('ref-chain-too-long', error.trail, `$ref chain longer than ${MAX_REF_CHAIN} hops: ${shown} → …`);
        for (const step of restOfChain(follower, error.trail)) reported.add(where(step));
      }
    }
  }
  return problems;
}

/** The `$ref`s after the first {@link MAX_REF_CHAIN} hops of an overlong chain, so it is reported once. */
function restOfChain(follower: RefFollower, trail: readonly RefTarget[]): RefTarget[] {
  const rest: RefTarget[] = [];
  for (let last = trail.at(-1); last !== undefined; ) {
    try {
      follower.follow(last.file, last.pointer, String(last.node));
      last = undefined;
    } catch (error) {
      if (!(error instanceof RefLoop || error instanceof RefChainTooLong)) throw error;
      rest.push(...error.trail);
      last = error instanceof RefChainTooLong ? error.trail.at(-1) : undefined;
    }
  }
  return rest;
}

/** One node of the depth-first walk; the pointer is built only for `$ref`s and the report. */
interface Frame {
  node: object;
  file: string;
  depth: number;
  /** Levels below the document's root. */
  levels: number;
  parent?: Frame;
  key?: string;
  /** Set on frames entered through a `$ref` (they have no parent). */
  pointer?: string;
}

function pointerOfFrame(frame: Frame): string {
  const keys: string[] = [];
  let at: Frame | undefined = frame;
  for (; at !== undefined && at.pointer === undefined; at = at.parent) keys.push(at.key ?? '');
  return childPointer(at?.pointer ?? '#', ...keys.reverse());
}

/** The first node nested too deeply, walking from the root document depth first through `$ref`s. */
function nestingProblem(set: DocumentSet, follower: RefFollower): Diagnostic | undefined {
  const root = set.documents.get(set.root);
  if (typeof root !== 'object' || root === null) return undefined;
  const seen = new Set<object>();
  const stack: Frame[] = [{ node: root, file: set.root, depth: 0, levels: 0, pointer: '#' }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (seen.has(frame.node)) continue;
    seen.add(frame.node);
    if (frame.levels > MAX_NESTING || frame.depth > MAX_NESTING_THROUGH_REFS) {
      const through = frame.levels > MAX_NESTING ? '' : ' counting the levels entered through $refs';
      return {
        code: 'nesting-too-deep',
        severity: 'error',
        file: frame.file,
        pointer: pointerOfFrame(frame),
        message: `objects and arrays nest deeper than ${frame.levels > MAX_NESTING ? MAX_NESTING : MAX_NESTING_THROUGH_REFS} levels here${through}`,
      };
    }
    if (isRef(frame.node)) {
      const target = follower.follow(frame.file, pointerOfFrame(frame), frame.node.$ref);
      if (typeof target?.node === 'object' && target.node !== null) {
        const levels = target.pointer.split('/').length - 1;
        stack.push({ node: target.node, file: target.file, depth: frame.depth + 1, levels, pointer: target.pointer });
      }
    }
    const entries = Object.entries(frame.node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, value] = entries[i] as [string, unknown];
      if (typeof value === 'object' && value !== null) {
        stack.push({ node: value, file: frame.file, depth: frame.depth + 1, levels: frame.levels + 1, parent: frame, key });
      }
    }
  }
  return undefined;
}
