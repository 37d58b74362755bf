/**
 * `PaymentJobResult` (spec/payquicker.yaml) as a zod 4 schema with every rule the spec states:
 * optional properties, lengths, patterns, enums, `date-time`, `int32`, unique links and the
 * required `rel`, `timezone` and `requestRef`. Objects are loose because the spec allows
 * undocumented properties (no `additionalProperties: false`).
 */
import { z } from 'zod';
import { DESTINATION_TOKEN, EMAIL, FILE_TOKEN, RECEIPT_TOKEN, SOURCE_TOKEN, TOKEN_LENGTH, hasUniqueItems, specEnums } from './rules.js';

const enums = specEnums();
const dateTime = z.iso.datetime({ offset: true });
const name = z.string().min(5).max(100);
const token = (pattern: RegExp) => z.string().length(TOKEN_LENGTH).regex(pattern);

const hateoasSelfRef = z.looseObject({
  href: z.string().optional(),
  params: z.looseObject({ rel: z.string() }).optional(),
});
const links = z.array(hateoasSelfRef).min(1).max(10).refine(hasUniqueItems, 'must not contain duplicate items');

const paymentObject = z.looseObject({
  token: z.string().optional(),
  portalId: name.optional(),
  amount: z.number().optional(),
  clientPaymentId: z.string().optional(),
  created: dateTime.optional(),
  currency: z.enum(enums.Currencies).optional(),
  destinationToken: token(DESTINATION_TOKEN).optional(),
  programUserId: name.optional(),
  email: z.string().min(8).max(100).regex(EMAIL).optional(),
  memo: z.string().optional(),
  note: z.string().optional(),
  purpose: z.enum(enums.PaymentPurposes).optional(),
  sourceToken: token(SOURCE_TOKEN).optional(),
  status: z.enum(enums.TransferStatuses).optional(),
  receiptToken: token(RECEIPT_TOKEN).optional(),
  links: links.optional(),
});

/** The zod schema; `safeParse` collects every issue (zod has no early exit). */
export const paymentJobResultZod = z.looseObject({
  token: z.string().optional(),
  portalId: name.optional(),
  filename: z.string().optional(),
  fileToken: token(FILE_TOKEN).optional(),
  created: dateTime.optional(),
  notBefore: dateTime.optional(),
  count: z.int32().optional(),
  type: z.enum(enums.JobTypes).optional(),
  status: z.enum(enums.JobStatusTypes).optional(),
  items: z.array(paymentObject).optional(),
  links: links.optional(),
  meta: z.looseObject({ timezone: z.string(), requestRef: z.string() }).optional(),
});
