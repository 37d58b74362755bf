/**
 * A full garbage collection on demand, so RSS read afterwards reflects live memory. Uses the
 * `gc` global when node runs with `--expose-gc` (as bench/run-all.ts starts it); otherwise
 * turns the flag on at run time and takes `gc` from a fresh V8 context, which works for
 * `npx tsx bench/sandbox-load.ts` too.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let cached: (() => void) | undefined;

/** Runs a full, synchronous garbage collection. */
export function collectGarbage(): void {
  if (!cached) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) cached = exposed;
    else {
      setFlagsFromString('--expose-gc');
      cached = runInNewContext('gc') as () => void;
    }
  }
  cached();
}
