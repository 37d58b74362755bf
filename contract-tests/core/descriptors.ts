/**
 * The generated operation descriptors of each API, by operationId (`generated/<api>/client.gen.ts`),
 * so matching and validation read the same facts the clients were generated from.
 */
import { operationDescriptors as abconnectDescriptors } from '../../generated/abconnect/index.gen.js';
import { operationDescriptors as payquickerDescriptors, type OperationDescriptor } from '../../generated/payquicker/index.gen.js';
import type { ApiName } from './types.js';

/** Every operation descriptor of `api`, keyed by operationId. */
export function descriptorsOf(api: ApiName): Readonly<Record<string, OperationDescriptor>> {
  return api === 'payquicker' ? payquickerDescriptors : abconnectDescriptors;
}
