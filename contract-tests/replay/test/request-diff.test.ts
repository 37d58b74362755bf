/** Requests compare after scrubbing both sides the same way, the query included. */
import { describe, expect, it } from 'vitest';
import { diffRequests } from '../request-diff.js';

const recorded = { method: 'GET', path: '/payments/jobs?page=1&api_key=***scrubbed***', headers: {} };

describe('diffRequests', () => {
  it('takes a secret query parameter as equal to its recorded placeholder', () => {
    expect(diffRequests(recorded, { method: 'GET', path: '/payments/jobs?page=1&api_key=live-key-1', headers: {} })).toEqual([]);
  });

  it('still names the other query differences', () => {
    expect(diffRequests(recorded, { method: 'GET', path: '/payments/jobs?page=2&api_key=live-key-1', headers: {} })).toEqual([
      'query parameter page differs: recorded "1", sent "2"',
    ]);
  });
});
