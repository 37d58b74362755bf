/**
 * `PaymentJobResult` (spec/payquicker.yaml) as a valibot 1 schema with the same rules as the zod
 * one (zod-schema.ts): lengths, patterns, enums, `date-time` (RFC 3339 check), `int32` as an
 * integer range, unique links, required `rel`/`timezone`/`requestRef`; loose objects.
 */
import * as v from 'valibot';
import {
  DESTINATION_TOKEN,
  EMAIL,
  FILE_TOKEN,
  INT32_MAX,
  INT32_MIN,
  RECEIPT_TOKEN,
  SOURCE_TOKEN,
  TOKEN_LENGTH,
  hasUniqueItems,
  isDateTime,
  specEnums,
} from './rules.js';

const enums = specEnums();
// valibot's isoTimestamp accepts impossible dates (2026-02-30), so the RFC 3339 check of rules.ts is used.
const dateTime = v.pipe(v.string(), v.check(isDateTime));
const name = v.pipe(v.string(), v.minLength(5), v.maxLength(100));
const token = (pattern: RegExp) => v.pipe(v.string(), v.length(TOKEN_LENGTH), v.regex(pattern));

const hateoasSelfRef = v.looseObject({
  href: v.optional(v.string()),
  params: v.optional(v.looseObject({ rel: v.string() })),
});
const links = v.pipe(v.array(hateoasSelfRef), v.minLength(1), v.maxLength(10), v.check((items) => hasUniqueItems(items), 'must not contain duplicate items'));

const paymentObject = v.looseObject({
  token: v.optional(v.string()),
  portalId: v.optional(name),
  amount: v.optional(v.pipe(v.number(), v.finite())),
  clientPaymentId: v.optional(v.string()),
  created: v.optional(dateTime),
  currency: v.optional(v.picklist(enums.Currencies)),
  destinationToken: v.optional(token(DESTINATION_TOKEN)),
  programUserId: v.optional(name),
  email: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(100), v.regex(EMAIL))),
  memo: v.optional(v.string()),
  note: v.optional(v.string()),
  purpose: v.optional(v.picklist(enums.PaymentPurposes)),
  sourceToken: v.optional(token(SOURCE_TOKEN)),
  status: v.optional(v.picklist(enums.TransferStatuses)),
  receiptToken: v.optional(token(RECEIPT_TOKEN)),
  links: v.optional(links),
});

/** The valibot schema; `safeParse` collects every issue unless `abortEarly` is set. */
export const paymentJobResultValibot = v.looseObject({
  token: v.optional(v.string()),
  portalId: v.optional(name),
  filename: v.optional(v.string()),
  fileToken: v.optional(token(FILE_TOKEN)),
  created: v.optional(dateTime),
  notBefore: v.optional(dateTime),
  count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(INT32_MIN), v.maxValue(INT32_MAX))),
  type: v.optional(v.picklist(enums.JobTypes)),
  status: v.optional(v.picklist(enums.JobStatusTypes)),
  items: v.optional(v.array(paymentObject)),
  links: v.optional(links),
  meta: v.optional(v.looseObject({ timezone: v.string(), requestRef: v.string() })),
});
