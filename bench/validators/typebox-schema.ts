/**
 * `PaymentJobResult` (spec/payquicker.yaml) as a TypeBox 0.34 schema, compiled with
 * `TypeCompiler` (its fastest checker). TypeBox ships no format checks, so `date-time` is
 * registered with the RFC 3339 check of rules.ts; `uniqueItems` is TypeBox's own.
 */
import { FormatRegistry, Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { DESTINATION_TOKEN, EMAIL, FILE_TOKEN, INT32_MAX, INT32_MIN, RECEIPT_TOKEN, SOURCE_TOKEN, TOKEN_LENGTH, isDateTime, specEnums } from './rules.js';

if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', isDateTime);

const enums = specEnums();
const union = (values: readonly string[]) => Type.Union(values.map((value) => Type.Literal(value)));
const dateTime = Type.String({ format: 'date-time' });
const name = Type.String({ minLength: 5, maxLength: 100 });
const token = (pattern: RegExp) => Type.String({ minLength: TOKEN_LENGTH, maxLength: TOKEN_LENGTH, pattern: pattern.source });

function buildSchema(uniqueLinks: boolean) {
  const links = Type.Array(
    Type.Object({
      href: Type.Optional(Type.String()),
      params: Type.Optional(Type.Object({ rel: Type.String() })),
    }),
    { minItems: 1, maxItems: 10, ...(uniqueLinks ? { uniqueItems: true } : {}) },
  );
  const paymentObject = Type.Object({
    token: Type.Optional(Type.String()),
    portalId: Type.Optional(name),
    amount: Type.Optional(Type.Number()),
    clientPaymentId: Type.Optional(Type.String()),
    created: Type.Optional(dateTime),
    currency: Type.Optional(union(enums.Currencies)),
    destinationToken: Type.Optional(token(DESTINATION_TOKEN)),
    programUserId: Type.Optional(name),
    email: Type.Optional(Type.String({ minLength: 8, maxLength: 100, pattern: EMAIL.source })),
    memo: Type.Optional(Type.String()),
    note: Type.Optional(Type.String()),
    purpose: Type.Optional(union(enums.PaymentPurposes)),
    sourceToken: Type.Optional(token(SOURCE_TOKEN)),
    status: Type.Optional(union(enums.TransferStatuses)),
    receiptToken: Type.Optional(token(RECEIPT_TOKEN)),
    links: Type.Optional(links),
  });
  return Type.Object({
    token: Type.Optional(Type.String()),
    portalId: Type.Optional(name),
    filename: Type.Optional(Type.String()),
    fileToken: Type.Optional(token(FILE_TOKEN)),
    created: Type.Optional(dateTime),
    notBefore: Type.Optional(dateTime),
    count: Type.Optional(Type.Integer({ minimum: INT32_MIN, maximum: INT32_MAX })),
    type: Type.Optional(union(enums.JobTypes)),
    status: Type.Optional(union(enums.JobStatusTypes)),
    items: Type.Optional(Type.Array(paymentObject)),
    links: Type.Optional(links),
    meta: Type.Optional(Type.Object({ timezone: Type.String(), requestRef: Type.String() })),
  });
}

/** The TypeBox schema (objects allow undocumented properties, as the spec does). */
export const paymentJobResultTypeBox = buildSchema(true);

/** The compiled checker: `Check(value)` returns a boolean and stops at the first failure. */
export const paymentJobResultChecker = TypeCompiler.Compile(paymentJobResultTypeBox);

/**
 * The same checker without `uniqueItems` on `links`: TypeBox implements that rule by hashing
 * every item (FNV-1a over BigInt), which dominates its time here; this variant shows the cost.
 */
export const paymentJobResultCheckerNoUnique = TypeCompiler.Compile(buildSchema(false));
