import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, ClientCore, ConfigurationError } from '../../runtime/index.js';
import { parsePageCount } from '../../runtime/pagination.js';
import { listPaymentJobsOperation, PQ_API, retrievePaymentJobOperation } from './support/fixtures.js';
import { PayQuickerClient } from './support/generated-client.js';
import { sendJson } from './support/http-server.js';
import { startScenario, type Scenario } from './support/scenario.js';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let scenario: Scenario | undefined;

afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

/** A job list of `pageCount` pages of `size` jobs; the page count is a string, as PayQuicker sends it. */
function jobList(pageCount: number, size: number) {
  return startScenario({
    api: (req, res) => {
      const page = Number(req.query.get('page'));
      const payload =
        page > pageCount
          ? []
          : Array.from({ length: size }, (_, i) => ({ token: `jobs-p${page}-${i}`, status: 'PENDING' }));
      sendJson(res, 200, {
        payload,
        meta: {
          pageNo: String(page),
          pageSize: String(size),
          pageCount: String(pageCount),
          recordCount: String(pageCount * size),
        },
      });
    },
  });
}

function core(s: Scenario): ClientCore {
  return new ClientCore(PQ_API, {
    baseUrl: s.baseUrl,
    credentials: { accessToken: 'static' },
    retry: false,
    logger: silent,
  });
}

describe('pagination', () => {
  it('walks 3 pages and stops at the string pageCount', async () => {
    scenario = await jobList(3, 2);
    const pages: unknown[] = [];
    for await (const page of core(scenario).pages(listPaymentJobsOperation, { pageSize: 2 })) pages.push(page);
    expect(pages).toHaveLength(3);
    expect(scenario.apiRequests().map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);
    expect(scenario.apiRequests().every((r) => r.query.get('pageSize') === '2')).toBe(true);
  });

  it('yields every item across pages through the generated All method', async () => {
    scenario = await jobList(3, 2);
    const client = new PayQuickerClient({
      baseUrl: scenario.baseUrl,
      credentials: { accessToken: 'static' },
      logger: silent,
    });
    const tokens: string[] = [];
    for await (const job of client.jobs.listPaymentJobsAll({ pageSize: 2 })) tokens.push(job.token);
    expect(tokens).toEqual(['jobs-p1-0', 'jobs-p1-1', 'jobs-p2-0', 'jobs-p2-1', 'jobs-p3-0', 'jobs-p3-1']);
    expect(scenario.apiRequests()).toHaveLength(3);
  });

  it('starts at the given page and stops early when the consumer breaks', async () => {
    scenario = await jobList(5, 1);
    const seen: unknown[] = [];
    for await (const item of core(scenario).items(listPaymentJobsOperation, { page: 2, pageSize: 1 })) {
      seen.push(item);
      if (seen.length === 2) break;
    }
    expect(scenario.apiRequests().map((r) => r.query.get('page'))).toEqual(['2', '3']);
  });

  it('stops at an empty page when no page count is sent', async () => {
    scenario = await startScenario({
      api: (req, res) =>
        sendJson(res, 200, {
          payload: Number(req.query.get('page')) < 3 ? [{ token: 'x', status: 'PENDING' }] : [],
          meta: {},
        }),
    });
    const pages: unknown[] = [];
    for await (const page of core(scenario).pages(listPaymentJobsOperation, { pageSize: 1 })) pages.push(page);
    expect(pages).toHaveLength(3);
  });

  it('applies the abort rules to page requests', async () => {
    scenario = await jobList(3, 1);
    const controller = new AbortController();
    const iterate = async () => {
      for await (const page of core(scenario!).pages(
        listPaymentJobsOperation,
        { pageSize: 1 },
        { signal: controller.signal },
      )) {
        expect(page).toBeDefined();
        controller.abort();
      }
    };
    await expect(iterate()).rejects.toBeInstanceOf(AbortError);
    expect(scenario.apiRequests()).toHaveLength(1);
  });

  it('refuses an operation without pagination', async () => {
    scenario = await jobList(1, 1);
    const iterate = async () => {
      for await (const page of core(scenario!).pages(retrievePaymentJobOperation, {})) expect(page).toBeUndefined();
    };
    await expect(iterate()).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('parses page counts given as strings or numbers', () => {
    expect(parsePageCount('3')).toBe(3);
    expect(parsePageCount(4)).toBe(4);
    expect(parsePageCount('three')).toBeUndefined();
    expect(parsePageCount(undefined)).toBeUndefined();
  });
});
