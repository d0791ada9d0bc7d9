import { encodeCursor } from '@tremplin/core';
import { decodeKeysetCursor, encodeKeysetCursor } from './mission-search';

describe(encodeKeysetCursor.name, () => {
  it('round-trips the creation time and the id', () => {
    const at = new Date('2026-03-02T08:15:30.123Z');
    const id = '6f1c2b9e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(decodeKeysetCursor(encodeKeysetCursor(at, id))).toEqual({ createdAt: '2026-03-02T08:15:30.123Z', id });
  });

  it('refuses offset cursors and forged values', () => {
    expect(decodeKeysetCursor(encodeCursor(3))).toBeNull();
    expect(decodeKeysetCursor('bidon')).toBeNull();
    expect(decodeKeysetCursor(Buffer.from("k:2026-03-02T08:15:30.123Z|x' OR 1=1").toString('base64url'))).toBeNull();
  });
});
