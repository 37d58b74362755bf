/**
 * Makes each fault one finding: the validators, the schema walk and the cassette diff often see the
 * same fault from different sides (a dropped required property is both "required" and "recorded
 * but missing"). This keeps the most telling finding per place and pairs renames.
 */
import type { Candidate, RuleId } from './rules.js';
import { pointerTokens } from './schema-walk.js';

/** At one pointer, the rule on the left hides the rules on the right. */
const HIDES: Readonly<Partial<Record<RuleId, readonly RuleId[]>>> = {
  'missing-required-property': ['recorded-property-missing'],
  'type-change': ['nullability-changed', 'example-changed'],
  'removed-enum-value': ['new-enum-value', 'example-changed'],
  'new-enum-value': ['example-changed'],
  'nullability-changed': ['example-changed'],
  'constraint-violation': ['example-changed'],
};

/** 2 and 2.5 are the same kind of value to a client. */
function family(type: string): string {
  return type === 'integer' ? 'number' : type;
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function lastToken(pointer: string): string {
  return pointerTokens(pointer).pop() ?? '';
}

function withoutHidden(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const rulesAt = new Map<string, Set<RuleId>>();
  for (const c of candidates) rulesAt.set(c.pointer, (rulesAt.get(c.pointer) ?? new Set()).add(c.rule));
  return candidates.filter((c) => {
    const key = `${c.rule} ${c.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const here = rulesAt.get(c.pointer) ?? new Set<RuleId>();
    return ![...here].some((rule) => HIDES[rule]?.includes(c.rule));
  });
}

/**
 * Replaces each missing property (required or recorded) that has an undocumented property of the
 * same JSON type in the same object by one `renamed-property` finding at the missing pointer.
 */
function pairRenames(candidates: readonly Candidate[]): Candidate[] {
  const used = new Set<Candidate>();
  const result: Candidate[] = [];
  for (const c of candidates) {
    if (used.has(c)) continue;
    if (c.rule !== 'missing-required-property' && c.rule !== 'recorded-property-missing') {
      result.push(c);
      continue;
    }
    const partner = candidates.find(
      (other) =>
        other.rule === 'undocumented-property' &&
        !used.has(other) &&
        parentOf(other.pointer) === parentOf(c.pointer) &&
        other.valueType !== undefined &&
        c.valueType !== undefined &&
        family(other.valueType) === family(c.valueType),
    );
    if (partner === undefined) {
      result.push(c);
      continue;
    }
    used.add(partner);
    result.push({
      rule: 'renamed-property',
      pointer: c.pointer,
      expected: `${JSON.stringify(lastToken(c.pointer))} (${c.valueType})`,
      actual: `${JSON.stringify(lastToken(partner.pointer))} (${partner.valueType})`,
    });
  }
  return result.filter((c) => !used.has(c));
}

/** The findings to report from all `candidates` of one exchange, in their original order. */
export function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
  return pairRenames(withoutHidden(candidates));
}
