/**
 * The subset of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) that cassettes use, plus
 * the custom fields the suite adds (HAR allows `_`-prefixed custom fields anywhere).
 */

/** A name/value pair: a header, a query parameter or a cookie. */
export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarRequest {
  method: string;
  url: string;
  httpVersion: string;
  cookies: HarNameValue[];
  headers: HarNameValue[];
  queryString: HarNameValue[];
  postData?: { mimeType: string; text: string };
  /** -1: not known (HAR 1.2); cassettes do not keep wire sizes. */
  headersSize: number;
  bodySize: number;
}

export interface HarResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  cookies: HarNameValue[];
  headers: HarNameValue[];
  /** `size` is the length of `text` in UTF-8 bytes, as stored (after normalisation). */
  content: { size: number; mimeType: string; text?: string };
  redirectURL: string;
  headersSize: number;
  bodySize: number;
}

export interface HarEntry {
  /** The operation the request matched (see core/match-operation.ts); absent when none. */
  _operationId?: string;
  startedDateTime: string;
  /** Milliseconds; cassettes store 0 (see normalize.ts). */
  time: number;
  request: HarRequest;
  response: HarResponse;
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
}

export interface HarLog {
  version: string;
  creator: { name: string; version: string };
  /** The API and scenario of the cassette. */
  _api?: string;
  _scenario?: string;
  /** `imported` when made by `import-har` from a capture rather than recorded from a scenario. */
  _source?: string;
  entries: HarEntry[];
}

/** A whole HAR file. */
export interface HarFile {
  log: HarLog;
}
