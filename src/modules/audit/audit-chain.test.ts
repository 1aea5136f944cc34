import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS_HASH } from './audit-chain.ts';

const content = {
  at: new Date('2025-07-01T01:02:03.456Z'),
  actorId: 1,
  actorLabel: 'admin',
  action: 'unit.create',
  entityType: 'unit',
  entityId: 'P09',
  unitId: 9,
  data: { name: 'Phương Sài', nested: { b: 1, a: [2, 'x'] } },
};

describe('audit chain', () => {
  it('gives the same canonical JSON whatever the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
  });

  it('changes the hash when any field or the previous hash changes', () => {
    const h = chainHash(GENESIS_HASH, content);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...content, data: { ...content.data, name: 'Phương Sơn' } })).not.toBe(
      h,
    );
    expect(chainHash(GENESIS_HASH, { ...content, at: new Date('2025-07-01T01:02:03.457Z') })).not.toBe(h);
    expect(chainHash(h, content)).not.toBe(h);
  });
});
