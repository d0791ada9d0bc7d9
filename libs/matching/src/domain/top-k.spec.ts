import fc from 'fast-check';
import { compareMatches } from './score-match';
import { TopK } from './top-k';

describe(TopK.name, () => {
  it('keeps the k best, best first, ties broken by the smaller id', () => {
    const heap = new TopK(3);
    [
      [50, 'b'],
      [70, 'a'],
      [50, 'a'],
      [90, 'z'],
      [10, 'c'],
    ].forEach(([score, id], ref) => heap.offer(score as number, id as string, ref));
    expect(heap.drain().map((e) => [e.score, e.id, e.ref])).toEqual([
      [90, 'z', 3],
      [70, 'a', 1],
      [50, 'a', 2],
    ]);
  });

  it('keeps nothing when k is 0 and everything when k exceeds the entries', () => {
    const none = new TopK(0);
    expect(none.offer(1, 'a', 0)).toBe(false);
    expect(none.drain()).toEqual([]);
    const all = new TopK(10);
    all.offer(1, 'a', 0);
    all.offer(2, 'b', 1);
    expect(all.drain().map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('exposes the score to beat once full', () => {
    const heap = new TopK(2);
    expect(heap.threshold).toBe(-Infinity);
    heap.offer(5, 'a', 0);
    heap.offer(7, 'b', 1);
    expect(heap.threshold).toBe(5);
  });

  it('returns exactly the first k of a full sort (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 20 }), missionId: fc.string({ maxLength: 3 }) }), {
          maxLength: 200,
        }),
        fc.integer({ min: 0, max: 50 }),
        (entries, k) => {
          const unique = [...new Map(entries.map((e) => [e.missionId, e])).values()];
          const heap = new TopK(k);
          unique.forEach((e, ref) => heap.offer(e.score, e.missionId, ref));
          const expected = [...unique].sort(compareMatches).slice(0, k);
          expect(heap.drain().map((e) => ({ score: e.score, missionId: e.id }))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
