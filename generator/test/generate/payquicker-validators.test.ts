/**
 * Behaviour of the committed generated PayQuicker validators at every boundary the vendor
 * documents: job-token length and pattern, page and pageSize ranges, the version header, the
 * enums, formats, and the `PaymentJob` anyOf (all fields optional, no discriminator).
 */
import { describe, expect, it } from 'vitest';
import {
  isPaymentJob,
  validateCreatePaymentJobRequestBody,
  validateListPaymentJobsParameters,
  validatePaymentJob,
  validatePaymentJobResult,
  validateRetrievePaymentJobParameters,
  type ValidationResult,
} from '../../../generated/payquicker/index.gen.js';

const TOKEN = 'jobs-2bbfc967-d12e-4647-a887-d905172fb4bc';
const VERSION = { 'X-MyPayQuicker-Version': '2026.02.01' };
const gatewayItem = {
  amount: 1.02,
  currency: 'USD',
  sourceToken: 'acct-3908ab5a-6ce1-474d-8b80-a63a7b147860',
  destinationToken: 'dest-631b200f-665d-4dbe-bd01-3063c9dec97d',
  purpose: 'BONUS',
  clientPaymentId: 'd4b6f130-1d1c-4ce2-903a-0c1ad128f55e',
};

function failures(result: ValidationResult): string[] {
  return result.valid ? [] : result.errors.map((e) => `${e.instancePath} ${e.keyword}`);
}

describe('retrievePaymentJob parameters', () => {
  it.each([
    [TOKEN, []],
    [TOKEN.toUpperCase().replace('JOBS', 'jobs'), []],
    [TOKEN.slice(0, 40), ['/job-token minLength', '/job-token pattern']],
    [`${TOKEN}0`, ['/job-token maxLength', '/job-token pattern']],
    [TOKEN.replace('jobs-', 'jobz-'), ['/job-token pattern']],
  ])('job-token %s', (token, expected) => {
    expect(failures(validateRetrievePaymentJobParameters({ 'job-token': token, ...VERSION }))).toEqual(expected);
  });

  it('rejects a language outside the 18 BCP 47 values and accepts one inside', () => {
    const base = { 'job-token': TOKEN, ...VERSION };
    expect(failures(validateRetrievePaymentJobParameters({ ...base, language: 'en-US' }))).toEqual([]);
    expect(failures(validateRetrievePaymentJobParameters({ ...base, language: 'en-us' }))).toEqual(['/language enum']);
  });
});

describe('listPaymentJobs parameters', () => {
  it.each([
    [{ page: 1, pageSize: 1 }, []],
    [{ page: 1, pageSize: 50 }, []],
    [{ page: 0, pageSize: 20 }, ['/page minimum']],
    [{ page: 1, pageSize: 0 }, ['/pageSize minimum']],
    [{ page: 1, pageSize: 51 }, ['/pageSize maximum']],
    [{ page: 1.5, pageSize: 20 }, ['/page type', '/page format']],
    [{ pageSize: 20 }, [' required']],
  ])('%o', (params, expected) => {
    expect(failures(validateListPaymentJobsParameters({ ...params, ...VERSION }))).toEqual(expected);
  });

  it('requires the X-MyPayQuicker-Version header', () => {
    const result = validateListPaymentJobsParameters({ page: 1, pageSize: 20 });
    expect(result.valid).toBe(false);
    expect(!result.valid && result.errors[0]?.params).toEqual({ missingProperty: 'X-MyPayQuicker-Version' });
  });
});

describe('createPaymentJob request body', () => {
  it('accepts the vendor example gateway job', () => {
    const body = { notBefore: '2022-04-26T15:16:18Z', notAfter: '2019-08-24T14:15:22Z', items: [gatewayItem] };
    expect(failures(validateCreatePaymentJobRequestBody(body))).toEqual([]);
    expect(isPaymentJob(body)).toBe(true);
  });

  it('rejects an unknown currency, a bad date-time and a string amount at their pointers', () => {
    const body = {
      notBefore: 'tomorrow',
      items: [{ ...gatewayItem, currency: 'XXX', amount: '1.02' }],
    };
    const errors = validatePaymentJob(body);
    expect(errors.valid).toBe(false);
    const pointers = errors.valid ? [] : errors.errors.map((e) => e.instancePath);
    expect(pointers).toEqual(expect.arrayContaining(['/notBefore', '/items/0/currency', '/items/0/amount']));
  });

  // The vendor marks every field optional and names no discriminator: a job may match both branches.
  it('accepts a job matching either anyOf branch, and refuses one that breaks a field both declare', () => {
    const portal = { items: [{ amount: 5, currency: 'USD', email: 'payee@example.com' }] };
    expect(failures(validatePaymentJob(portal))).toEqual([]);
    const both = { items: [{ ...gatewayItem, email: 'payee@example.com' }] };
    expect(validatePaymentJob(both).valid).toBe(true);
    expect(validatePaymentJob({}).valid).toBe(true);
    expect(validatePaymentJob({ items: [] }).valid).toBe(true);
    const neither = { items: [{ amount: 'five', destinationToken: 'nope' }] };
    expect(validatePaymentJob(neither).valid).toBe(false);
  });
});

describe('PaymentJobResult (response direction)', () => {
  it('never throws on arbitrary values and reports a type error at the root', () => {
    for (const value of [null, 1, 'x', [], undefined, { items: 'no' }]) {
      expect(() => validatePaymentJobResult(value)).not.toThrow();
    }
    expect(failures(validatePaymentJobResult('x'))).toEqual([' type']);
  });
});
