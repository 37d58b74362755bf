/**
 * The drift catalogue: each named way the sandbox can be told to deviate from the specs, so the
 * drift checker can be tested against a server that is wrong in one known way at a time. Data only;
 * the routes ask {@link DriftSet.has} where a drift applies.
 */

/** One drift: its name (the `--drift` value), what it changes, and the operationIds it affects. */
export interface DriftSpec {
  readonly name: string;
  readonly description: string;
  readonly operations: readonly string[];
}

const JOB_RESPONSES = ['listPaymentJobs', 'createPaymentJob', 'retrievePaymentJob', 'cancelPaymentJob'] as const;

/** Every drift the sandbox knows, in the order `--list-drifts` prints them. */
export const DRIFTS = [
  {
    name: 'rename-field',
    description: 'PayQuicker job objects carry `portalId` under the name `portalRef`.',
    operations: JOB_RESPONSES,
  },
  {
    name: 'drop-required-field',
    description: 'The list response leaves out the required `meta.recordCount`.',
    operations: ['listPaymentJobs'],
  },
  {
    name: 'add-undocumented-field',
    description: 'PayQuicker job objects gain an undocumented `riskLevel` property.',
    operations: JOB_RESPONSES,
  },
  {
    name: 'new-enum-value',
    description: 'PayQuicker job objects report `status: ON_HOLD`, a value JobStatusTypes lacks.',
    operations: JOB_RESPONSES,
  },
  {
    name: 'type-change',
    description: 'PayQuicker job objects carry `count` as a string ("1") instead of an integer.',
    operations: JOB_RESPONSES,
  },
  {
    name: 'undocumented-status',
    description: 'Listing payment jobs answers HTTP 418, a status the operation does not list.',
    operations: ['listPaymentJobs'],
  },
  {
    name: 'html-error-page',
    description: 'Retrieving a payment job answers HTTP 502 with an HTML page instead of JSON.',
    operations: ['retrievePaymentJob'],
  },
  {
    name: 'slow',
    description: 'Every API operation (not the token endpoints) answers only after a delay (slowDelayMs, default 3000 ms).',
    operations: [
      ...JOB_RESPONSES,
      'getPaymentCreate',
      'createAchPaymentSession',
      'createAchCreditTransfer',
      'getPayment',
      'attachCustomerBank',
      'verifyJobAchSource',
      'cancelJobAchVerification',
      'listPaymentSources',
      'payBySource',
      'addBankSource',
    ],
  },
] as const satisfies readonly DriftSpec[];

/** A drift name from {@link DRIFTS}. */
export type DriftName = (typeof DRIFTS)[number]['name'];

/** The drifts a sandbox was started with. */
export type DriftSet = ReadonlySet<DriftName>;

/** Default delay of the `slow` drift, in milliseconds: past a 1–2 s client timeout in tests. */
export const DEFAULT_SLOW_DELAY_MS = 3000;

/** Thrown for a drift name the catalogue lacks; the message lists the valid names. */
export class UnknownDriftError extends Error {
  override readonly name = 'UnknownDriftError';
}

function isDriftName(name: string): name is DriftName {
  return DRIFTS.some((d) => d.name === name);
}

/**
 * Checks `names` against the catalogue.
 * @throws UnknownDriftError naming the first unknown name and listing the valid ones.
 */
export function parseDrifts(names: readonly string[]): DriftSet {
  const set = new Set<DriftName>();
  for (const name of names) {
    if (!isDriftName(name)) {
      throw new UnknownDriftError(`unknown drift '${name}'; valid drifts: ${DRIFTS.map((d) => d.name).join(', ')}`);
    }
    set.add(name);
  }
  return set;
}

/** One line per drift, `name  description`, for `--list-drifts`. */
export function describeDrifts(): string[] {
  const width = Math.max(...DRIFTS.map((d) => d.name.length));
  return DRIFTS.map((d) => `${d.name.padEnd(width)}  ${d.description} (${d.operations.length === 1 ? d.operations[0] : `${d.operations.length} operations`})`);
}
