/** A logger and hooks that record everything they receive, for assertions and secret scans. */
import { inspect } from 'node:util';
import type { Hooks, Logger } from '../../../runtime/index.js';

/** One recorded log call. */
export interface LogLine {
  readonly level: keyof Logger;
  readonly message: string;
  readonly fields: Record<string, unknown> | undefined;
}

/** Records log lines and hook payloads. */
export interface Capture {
  readonly logger: Logger;
  readonly hooks: Required<Hooks>;
  readonly lines: LogLine[];
  readonly hookCalls: { readonly hook: string; readonly payload: unknown }[];
  /** Every recorded line and payload serialized, for secret scans. */
  dump(): string;
}

export function capture(): Capture {
  const lines: LogLine[] = [];
  const hookCalls: { hook: string; payload: unknown }[] = [];
  const at = (level: keyof Logger) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  const record = (hook: string) => (payload: unknown) => {
    hookCalls.push({ hook, payload });
  };
  return {
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    hooks: {
      beforeRequest: record('beforeRequest'),
      afterResponse: record('afterResponse'),
      onRetry: record('onRetry'),
      onDrift: record('onDrift'),
    },
    lines,
    hookCalls,
    dump: () =>
      [...lines, ...hookCalls].map((entry) => `${JSON.stringify(entry)}\n${inspect(entry, { depth: 10 })}`).join('\n'),
  };
}
