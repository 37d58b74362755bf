/**
 * Logging and hooks behind one redacting facade: every log line, log field and hook payload passes
 * through `redact.ts` (secret keys, account numbers) and the secret scrubber (known credential and
 * token values) before it reaches caller code.
 */
import type {
  AfterResponseContext,
  BeforeRequestContext,
  DriftContext,
  Hooks,
  Logger,
  RetryContext,
} from './options.js';
import type { SecretScrubber } from './secret-scrubber.js';

/** Used when the caller passes no logger: warnings and errors to the console, nothing else. */
export const CONSOLE_LOGGER: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
};

type Level = keyof Logger;

/** Redacting wrapper around the caller's logger and hooks. */
export class Instrumentation {
  readonly #logger: Logger;
  readonly #hooks: Hooks;
  readonly #scrubber: SecretScrubber;

  constructor(logger: Logger | undefined, hooks: Hooks | undefined, scrubber: SecretScrubber) {
    this.#logger = logger ?? CONSOLE_LOGGER;
    this.#hooks = hooks ?? {};
    this.#scrubber = scrubber;
  }

  /**
   * False when a log line at `level` would be dropped anyway (debug and info without a caller
   * logger), so the caller can skip building and redacting its fields.
   */
  enabled(level: Level): boolean {
    return this.#logger !== CONSOLE_LOGGER || level === 'warn' || level === 'error';
  }

  /** True when a `beforeRequest` hook is set: only then is its redacted payload built. */
  get hasBeforeRequest(): boolean {
    return this.#hooks.beforeRequest !== undefined;
  }

  /** True when an `afterResponse` hook is set. */
  get hasAfterResponse(): boolean {
    return this.#hooks.afterResponse !== undefined;
  }

  /** Logs `message` at `level` with redacted `fields`. */
  log(level: Level, message: string, fields?: Record<string, unknown>): void {
    if (!this.enabled(level)) return;
    const text = this.#scrubber.scrub(message);
    if (fields === undefined) this.#logger[level](text);
    else this.#logger[level](text, this.#scrubber.scrubValue(fields) as Record<string, unknown>);
  }

  /** Runs `beforeRequest`; returns the headers it asks to add (empty when none). */
  async beforeRequest(ctx: BeforeRequestContext): Promise<Record<string, string>> {
    if (this.#hooks.beforeRequest === undefined) return {};
    const added = await this.#hooks.beforeRequest(this.#safe(ctx));
    return added ?? {};
  }

  async afterResponse(ctx: AfterResponseContext): Promise<void> {
    await this.#hooks.afterResponse?.(this.#safe(ctx));
  }

  async onRetry(ctx: RetryContext): Promise<void> {
    this.log('info', `${ctx.operationId}: retry ${ctx.attempt} in ${ctx.delayMs} ms (${ctx.reason})`);
    await this.#hooks.onRetry?.(this.#safe(ctx));
  }

  async onDrift(ctx: DriftContext): Promise<void> {
    await this.#hooks.onDrift?.(this.#safe(ctx));
  }

  #safe<T extends object>(ctx: T): T {
    return this.#scrubber.scrubValue(ctx) as T;
  }

  toJSON(): string {
    return 'Instrumentation';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'Instrumentation';
  }
}
