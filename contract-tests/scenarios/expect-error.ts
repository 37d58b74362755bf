/**
 * The check an `error` scenario makes: the call must fail with the documented HTTP status (and,
 * where given, a body property), otherwise the scenario fails. Both generated runtimes raise
 * `ApiError` (own copies per API), so the check reads `status` and `body` rather than the class.
 */

/** An `ApiError` as seen from outside either runtime. */
interface HttpFailure {
  status: number;
  body: unknown;
}

function isHttpFailure(error: unknown): error is Error & HttpFailure {
  return error instanceof Error && typeof (error as Partial<HttpFailure>).status === 'number' && 'body' in error;
}

/**
 * Awaits `call` and returns the HTTP failure it raised.
 * @param status the documented status the call must fail with (400, 401, 404, …).
 * @param body properties the parsed error body must carry (compared with `===`).
 * @throws {Error} when the call succeeded, failed otherwise, or failed with another status or body.
 */
export async function expectHttpError(call: Promise<unknown>, status: number, body: Record<string, unknown> = {}): Promise<HttpFailure> {
  let failure: unknown;
  try {
    await call;
  } catch (error) {
    failure = error;
  }
  if (failure === undefined) throw new Error(`expected HTTP ${status}, but the call succeeded`);
  if (!isHttpFailure(failure)) throw failure instanceof Error ? failure : new Error(String(failure));
  if (failure.status !== status) throw new Error(`expected HTTP ${status}, got ${failure.status}: ${failure.message}`);
  for (const [key, value] of Object.entries(body)) {
    const actual = (failure.body as Record<string, unknown> | null)?.[key];
    if (actual !== value) throw new Error(`expected error body ${key} = ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
  }
  return failure;
}
