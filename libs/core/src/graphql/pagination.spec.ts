import { AppException } from '../errors/app.exception';
import { encodeCursor, offsetAfter, pageWindow, toConnection } from './pagination';

describe('pagination', () => {
  it('continues after the offset encoded in a cursor', () => {
    expect(offsetAfter(undefined)).toBe(0);
    expect(offsetAfter(encodeCursor(0))).toBe(1);
    expect(offsetAfter(encodeCursor(41))).toBe(42);
  });

  it('refuses a cursor it did not make', () => {
    expect(() => offsetAfter('n-importe-quoi')).toThrow(AppException);
    expect(() => offsetAfter(Buffer.from('o:-1').toString('base64url'))).toThrow('curseur de pagination invalide');
  });

  it('builds edges, cursors and page info', () => {
    const page = toConnection(['c', 'd'], 2, 5);
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(offsetAfter(page.pageInfo.endCursor)).toBe(4);
  });

  it('reports the last page and the empty page', () => {
    expect(toConnection(['e'], 4, 5).pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 0, 0).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('turns arguments into a query window', () => {
    expect(pageWindow({ first: 10, after: encodeCursor(9) })).toEqual({ skip: 10, take: 10 });
  });
});
