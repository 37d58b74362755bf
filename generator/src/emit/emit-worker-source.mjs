// Entry of the emit worker when the TypeScript sources run (tests, or a CLI whose prebuilt bundle
// is stale): a worker thread starts without its parent's TypeScript loader, so it registers tsx's
// before loading emit-worker.ts. The prebuilt bundle has its own compiled entry.
import { register } from 'tsx/esm/api';

register();
await import('./emit-worker.ts');
