import { describe, expect, it } from 'vitest';
import { clientNameFromTitle, memberName } from '../../src/ir/naming.js';

describe('memberName', () => {
  it('keeps keywords, which JavaScript allows as property and method names', () => {
    expect(['class', 'delete', 'default', 'new'].map((k) => memberName(k, 'x'))).toEqual(['class', 'delete', 'default', 'new']);
  });

  it('still makes a legal name, and never declares the constructor', () => {
    expect(memberName('constructor', 'x')).toBe('constructor_');
    expect(memberName('2fa', 'x')).toBe('_2fa');
    expect(memberName('', 'operation')).toBe('operation');
  });
});

describe('clientNameFromTitle', () => {
  it('names the client from the title, without a trailing API or Client', () => {
    expect(clientNameFromTitle('Shop', 'OpenapiClient')).toBe('ShopClient');
    expect(clientNameFromTitle('Shop API', 'OpenapiClient')).toBe('ShopClient');
    expect(clientNameFromTitle('pet-store client', 'OpenapiClient')).toBe('PetStoreClient');
  });

  it('falls back when no word is left, and stays a legal identifier', () => {
    expect(clientNameFromTitle('API', 'OpenapiClient')).toBe('OpenapiClient');
    expect(clientNameFromTitle('', 'OpenapiClient')).toBe('OpenapiClient');
    expect(clientNameFromTitle('3D Secure', 'OpenapiClient')).toBe('_3DSecureClient');
  });
});
