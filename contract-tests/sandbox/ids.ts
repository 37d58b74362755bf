/**
 * Every identifier and secret the sandbox makes (job and payment tokens, access tokens, reference
 * ids, request references, micro-deposit amounts) comes from one {@link Entropy}. Seeded, it is a
 * SHA-256 counter stream, so the same seed and the same request sequence give the same values; unseeded,
 * it is the operating system's CSPRNG.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A stream of bytes and the identifiers built from it. */
export interface Entropy {
  /** `length` bytes. */
  bytes(length: number): Buffer;
}

/** Bytes from SHA-256(`sandbox:<seed>:<counter>`), block after block. */
export function seededEntropy(seed: number): Entropy {
  let counter = 0;
  let pool = Buffer.alloc(0);
  return {
    bytes(length) {
      while (pool.length < length) {
        const block = createHash('sha256').update(`sandbox:${seed}:${counter++}`).digest();
        pool = Buffer.concat([pool, block]);
      }
      const out = pool.subarray(0, length);
      pool = pool.subarray(length);
      return Buffer.from(out);
    },
  };
}

/** Bytes from `crypto.randomBytes`. */
export function randomEntropy(): Entropy {
  return { bytes: (length) => randomBytes(length) };
}

/** A version 4 UUID (RFC 9562 §5.4), lower case. */
export function uuid(entropy: Entropy): string {
  const b = entropy.bytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `<prefix>-<uuid>`, the vendor's token format (`jobs-…`, `pmnt-…`, `rcpt-…`); 41 characters for a 4-letter prefix. */
export function prefixedToken(entropy: Entropy, prefix: string): string {
  return `${prefix}-${uuid(entropy)}`;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `length` characters of `[a-zA-Z0-9]` (from `alphabet`, default all 62). */
export function alphanumeric(entropy: Entropy, length: number, alphabet = ALPHANUMERIC): string {
  return [...entropy.bytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** An opaque bearer token: `sbx_` and 43 base64url characters (256 bits). */
export function accessToken(entropy: Entropy): string {
  return `sbx_${entropy.bytes(32).toString('base64url')}`;
}

/** A fresh random seed, for an unseeded sandbox's micro-deposit amounts. */
export function randomSeed(): number {
  return randomBytes(4).readUInt32BE(0);
}
