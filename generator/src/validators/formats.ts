/**
 * `format` assertions (JSON Schema 2020-12 Validation §7.3, OAS 3.1 §4.2 data types) as source of
 * small functions emitted into the generated module (only those used). A format only applies to
 * its JSON type: string formats ignore numbers and vice versa. Unknown formats are accepted.
 *
 * Not implemented (accepted as unknown): `iri`, `iri-reference`, `idn-email`, `idn-hostname`
 * (need Unicode IDNA tables) and `binary`/`password` (annotations only).
 */
import { DATE_TIME_SOURCES } from './formats-date-time.js';
import { MISC_SOURCES } from './formats-misc.js';
import { NETWORK_SOURCES } from './formats-network.js';

/** How one format is checked: a helper function over the narrowed value. */
export interface FormatDef {
  /** JSON type the format applies to. */
  type: 'string' | 'number';
  /** Name of the emitted helper (`fmt…`), called as `fmtX(value)`. */
  helper: string;
}

export const FORMATS: Readonly<Record<string, FormatDef>> = {
  date: { type: 'string', helper: 'fmtDate' },
  time: { type: 'string', helper: 'fmtTime' },
  'date-time': { type: 'string', helper: 'fmtDateTime' },
  duration: { type: 'string', helper: 'fmtDuration' },
  email: { type: 'string', helper: 'fmtEmail' },
  hostname: { type: 'string', helper: 'fmtHostname' },
  ipv4: { type: 'string', helper: 'fmtIpv4' },
  ipv6: { type: 'string', helper: 'fmtIpv6' },
  uuid: { type: 'string', helper: 'fmtUuid' },
  uri: { type: 'string', helper: 'fmtUri' },
  'uri-reference': { type: 'string', helper: 'fmtUriReference' },
  'uri-template': { type: 'string', helper: 'fmtUriTemplate' },
  'json-pointer': { type: 'string', helper: 'fmtJsonPointer' },
  'relative-json-pointer': { type: 'string', helper: 'fmtRelativeJsonPointer' },
  regex: { type: 'string', helper: 'fmtRegex' },
  byte: { type: 'string', helper: 'fmtByte' },
  int32: { type: 'number', helper: 'fmtInt32' },
  int64: { type: 'number', helper: 'fmtInt64' },
  float: { type: 'number', helper: 'fmtFloat' },
};

/** Source of one emitted helper function and the helpers it calls. */
export interface HelperSource {
  deps: string[];
  source: string;
}

/** Source of each format helper, with the helpers it calls. */
export const FORMAT_SOURCES: Readonly<Record<string, HelperSource>> = { ...DATE_TIME_SOURCES, ...NETWORK_SOURCES, ...MISC_SOURCES };
