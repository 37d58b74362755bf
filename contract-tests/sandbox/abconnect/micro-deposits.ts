/**
 * The micro-deposit amounts the sandbox "sends" to a bank account awaiting verification: two
 * amounts in cents from 1 to 99, a pure function of the sandbox seed, the job and the account, so a
 * seeded sandbox always expects the same pair. The vendor's documented example account (the
 * `attachCustomerBank` example's bank token) always gets the documented example pair `[32, 45]`
 * (the `verifyJobAchSource` example), so the spec's examples work unchanged.
 */
import { createHash } from 'node:crypto';

/** Bank token of the vendor's `attachCustomerBank` example. */
export const EXAMPLE_BANK_TOKEN = 'btok_1PqR2sT3uV4wX5yZ6aB7cD8e';

/** Amounts of the vendor's `verifyJobAchSource` example. */
export const EXAMPLE_MICRO_DEPOSITS: readonly [number, number] = [32, 45];

/**
 * The two amounts (cents, 1–99) for the account `accountKey` (`bank:<bankTokenId>` or
 * `source:<id>`) of job `jobDisplayId`.
 */
export function microDepositAmounts(seed: number, jobDisplayId: string, accountKey: string): readonly [number, number] {
  if (accountKey === `bank:${EXAMPLE_BANK_TOKEN}`) return EXAMPLE_MICRO_DEPOSITS;
  const digest = createHash('sha256').update(`micro-deposits:${seed}:${jobDisplayId}:${accountKey}`).digest();
  return [(digest.readUInt16BE(0) % 99) + 1, (digest.readUInt16BE(2) % 99) + 1];
}

/** True when `values` are the two amounts, in either order (statements may list them either way). */
export function amountsMatch(expected: readonly number[], values: readonly unknown[] | null | undefined): boolean {
  if (!Array.isArray(values) || values.length !== expected.length) return false;
  const sorted = (list: readonly unknown[]): string => JSON.stringify([...list].sort());
  return sorted(values) === sorted(expected);
}
