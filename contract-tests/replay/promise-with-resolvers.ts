/**
 * nock 15 intercepts through @mswjs/interceptors, whose socket interceptor calls
 * `Promise.withResolvers` (ES2024, Node.js 22+). The project supports Node.js 20.19+, so this
 * installs the standard behaviour when the runtime lacks it; on newer Node.js it does nothing.
 */
interface WithResolvers {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (value: T) => void; reject: (reason?: unknown) => void };
}

const PromiseWithResolvers = Promise as unknown as WithResolvers;

if (typeof PromiseWithResolvers.withResolvers !== 'function') {
  PromiseWithResolvers.withResolvers = <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

export {};
