/**
 * Static screening of `pattern` regexes for catastrophic backtracking (ReDoS), so a spec author
 * learns about `(a+)+`, `(a|a)*` or `.+@.+` before a 100 000-character string hangs a validator.
 *
 * The check is a heuristic over a small parse of the ECMAScript pattern: it flags
 * - nested unbounded quantifiers (`(a+)+`, `(\w*)*`): exponential;
 * - an unbounded quantified alternation whose branches can start with the same character
 *   (`(a|ab)*`): exponential;
 * - two unbounded quantifiers over overlapping characters with nothing between them that the
 *   first cannot also match (`.+@.+`, `\d+\d+`): polynomial.
 * Character sets are approximated by testing each atom against a sample of characters.
 */

interface Term {
  /** Source text of the atom or group. */
  src: string;
  alts: Term[][] | undefined;
  unbounded: boolean;
}

const SAMPLE: string[] = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  '\t',
  '\n',
  'é',
  '中',
  '😀',
];

/** Why `pattern` risks catastrophic backtracking, or undefined when no risk was found. */
export function backtrackingRisk(pattern: string): string | undefined {
  let terms: Term[][];
  try {
    terms = new Parser(pattern).alternatives(false);
  } catch {
    return undefined;
  }
  return checkAlternatives(terms, false);
}

function checkAlternatives(alts: Term[][], insideUnbounded: boolean): string | undefined {
  for (const seq of alts) {
    const risk = checkSequence(seq, insideUnbounded);
    if (risk !== undefined) return risk;
  }
  return undefined;
}

function checkSequence(seq: Term[], insideUnbounded: boolean): string | undefined {
  for (const t of seq) {
    if (t.unbounded && insideUnbounded) return `nested unbounded quantifier at "${t.src}" (exponential backtracking)`;
    if (t.alts === undefined) continue;
    if (t.unbounded && t.alts.length > 1 && alternativesOverlap(t.alts)) {
      return `quantified alternation "${t.src}" has branches that match the same input (exponential backtracking)`;
    }
    const inner = checkAlternatives(t.alts, insideUnbounded || t.unbounded);
    if (inner !== undefined) return inner;
  }
  return adjacentUnbounded(seq);
}

function adjacentUnbounded(seq: Term[]): string | undefined {
  for (let i = 0; i < seq.length; i++) {
    const first = seq[i];
    if (first === undefined || !first.unbounded) continue;
    const firstSet = charSet(first);
    for (let j = i + 1; j < seq.length; j++) {
      const t = seq[j];
      if (t === undefined) break;
      const set = charSet(t);
      if (t.unbounded && overlaps(firstSet, set)) {
        return `"${first.src}" and "${t.src}" can match the same characters (polynomial backtracking)`;
      }
      if (!overlaps(firstSet, set)) break;
    }
  }
  return undefined;
}

function alternativesOverlap(alts: Term[][]): boolean {
  const firsts = alts.map((seq) => (seq[0] === undefined ? new Set<string>() : charSet(seq[0])));
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) {
      const a = firsts[i];
      const b = firsts[j];
      if (a !== undefined && b !== undefined && overlaps(a, b)) return true;
    }
  }
  return false;
}

/** Sample characters a term can start with (groups: any character of any atom inside). */
function charSet(t: Term): Set<string> {
  if (t.alts !== undefined) {
    const out = new Set<string>();
    for (const seq of t.alts) for (const inner of seq) for (const c of charSet(inner)) out.add(c);
    return out;
  }
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${t.src})$`, 'u');
  } catch {
    return new Set(SAMPLE);
  }
  return new Set(SAMPLE.filter((c) => re.test(c)));
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const c of a) if (b.has(c)) return true;
  return false;
}

/** Minimal recursive-descent parser of ECMAScript pattern structure (atoms, groups, quantifiers). */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  alternatives(inGroup: boolean): Term[][] {
    const alts: Term[][] = [[]];
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === ')') {
        if (inGroup) return alts;
        throw new Error('unbalanced )');
      }
      if (c === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      const start = this.i;
      const inner = this.atom();
      const src = this.s.slice(start, this.i);
      const unbounded = this.quantifier();
      if (src === '^' || src === '$') continue;
      alts[alts.length - 1]?.push({ src, alts: inner, unbounded });
    }
    if (inGroup) throw new Error('unterminated group');
    return alts;
  }

  private atom(): Term[][] | undefined {
    const c = this.s[this.i];
    if (c === '\\') {
      this.i += 2;
      if (/[pPu]/.test(this.s[this.i - 1] ?? '') && this.s[this.i] === '{') this.i = this.s.indexOf('}', this.i) + 1;
      else if (this.s[this.i - 1] === 'x') this.i += 2;
      else if (this.s[this.i - 1] === 'u') this.i += 4;
      return undefined;
    }
    if (c === '[') {
      this.i++;
      while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return undefined;
    }
    if (c === '(') {
      this.i++;
      const m = /^\?(?::|=|!|<=|<!|<[^>]+>)/.exec(this.s.slice(this.i));
      if (m !== null) this.i += m[0].length;
      const alts = this.alternatives(true);
      this.i++;
      return alts;
    }
    this.i++;
    return undefined;
  }

  /** Consumes a quantifier; true when its upper bound is unbounded (`*`, `+`, `{n,}`). */
  private quantifier(): boolean {
    const rest = this.s.slice(this.i);
    const m = /^(?:[*+?]|\{\d+(,\d*)?\})\??/.exec(rest);
    if (m === null) return false;
    this.i += m[0].length;
    return m[0][0] === '*' || m[0][0] === '+' || m[1] === ',';
  }
}
