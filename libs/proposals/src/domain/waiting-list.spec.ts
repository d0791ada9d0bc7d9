import fc from 'fast-check';
import { nextWaitingListPosition, promotionsFor, waitingListOrder, waitingListRank } from './waiting-list';

describe('waiting list', () => {
  it('hands out increasing positions, starting at 1', () => {
    expect(nextWaitingListPosition([])).toBe(1);
    expect(nextWaitingListPosition([1, 2, 3])).toBe(4);
    // A withdrawal leaves a gap; positions are never reused.
    expect(nextWaitingListPosition([1, 3])).toBe(4);
  });

  it('serves in position order and ranks from 1 whatever the gaps', () => {
    const entries = [
      { id: 'c', position: 7 },
      { id: 'a', position: 2 },
      { id: 'b', position: 5 },
    ];
    expect(waitingListOrder(entries).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(waitingListRank(entries, 'a')).toBe(1);
    expect(waitingListRank(entries, 'c')).toBe(3);
    expect(waitingListRank(entries, 'z')).toBeNull();
  });

  it('promotes the first in line, as many as places freed', () => {
    const entries = [
      { id: 'b', position: 2 },
      { id: 'a', position: 1 },
      { id: 'c', position: 3 },
    ];
    expect(promotionsFor(entries, 2).map((e) => e.id)).toEqual(['a', 'b']);
    expect(promotionsFor(entries, 0)).toEqual([]);
    expect(promotionsFor(entries, 10)).toHaveLength(3);
  });

  it('builds a list in answer order when people join one after another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (count) => {
        const list: Array<{ id: string; position: number }> = [];
        for (let i = 0; i < count; i++) {
          list.push({ id: `p${i}`, position: nextWaitingListPosition(list.map((e) => e.position)) });
        }
        const ordered = waitingListOrder(list);
        expect(ordered.map((e) => e.id)).toEqual(list.map((e) => e.id));
        expect(ordered.map((e) => e.position)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      }),
    );
  });
});
