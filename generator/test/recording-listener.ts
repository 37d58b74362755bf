/**
 * An HTTP listener on 127.0.0.1 that records every request (`METHOD /path`) and answers with the
 * YAML body `bodies` holds for the path, or 404. Test helper for "nothing was fetched".
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** The listener of a test file: its origin (set before the first test) and the requests of the current test. */
export interface RecordingListener {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received since the current test started, in order, as `GET /path`. */
  requests: string[];
}

/**
 * Registers hooks on the calling test file: start the listener on a free port before all tests,
 * forget its requests before each, stop it after all.
 */
export function useRecordingListener(bodies: Readonly<Record<string, string>> = {}): RecordingListener {
  const listener: RecordingListener = { origin: '', requests: [] };
  const server = createServer((request, response) => {
    listener.requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    const body = bodies[request.url ?? ''];
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'application/yaml' }).end(body);
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    listener.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    listener.requests.length = 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return listener;
}
