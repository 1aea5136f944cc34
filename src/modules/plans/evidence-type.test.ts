import { describe, expect, it } from 'vitest';
import { checkEvidence, servedType } from './evidence-type.ts';

/** The first bytes of an OLE compound file (legacy .doc and .xls alike), padded to a sector. */
const compound = () => {
  const b = new Uint8Array(1024);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return b;
};
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');

describe('evidence types by their bytes', () => {
  it('takes a legacy .doc or .xls as declared (one container for both), and nothing else for it', async () => {
    expect(await checkEvidence(compound(), 'application/msword')).toEqual({
      ok: true,
      mime: 'application/msword',
    });
    expect(await checkEvidence(compound(), 'application/vnd.ms-excel')).toEqual({
      ok: true,
      mime: 'application/vnd.ms-excel',
    });
    expect(await checkEvidence(compound(), 'application/pdf')).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('refuses text with control bytes as text, and a known type outside the list', async () => {
    expect(await checkEvidence(new Uint8Array([0x41, 0x00, 0x42]), 'text/plain')).toMatchObject({
      ok: false,
      reason: 'unknown',
    });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(0)]);
    expect(await checkEvidence(zip, 'application/pdf')).toMatchObject({ ok: false });
  });

  it('serves a file stored before the check by what its bytes are, or as a neutral download', async () => {
    expect(await servedType(pdf, 'image/png')).toBe('application/pdf');
    expect(await servedType(new TextEncoder().encode('<script>alert(1)</script>'), 'image/png')).toBe(
      'text/plain',
    );
    expect(await servedType(new Uint8Array([0, 159, 146, 150]), 'image/png')).toBe(
      'application/octet-stream',
    );
    expect(await servedType(compound(), 'application/vnd.ms-excel')).toBe('application/vnd.ms-excel');
  });
});
