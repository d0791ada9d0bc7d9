/**
 * The k best entries seen so far, in a bounded binary heap whose root is the worst kept entry:
 * offering n entries costs O(n log k) and O(k) memory, instead of sorting all n.
 * "Better" is a higher score, then a smaller id (the deterministic tie-break of compareMatches).
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly refs: Int32Array;
  private readonly ids: string[];
  private count = 0;

  constructor(readonly k: number) {
    this.scores = new Float64Array(Math.max(0, k));
    this.refs = new Int32Array(Math.max(0, k));
    this.ids = new Array<string>(Math.max(0, k));
  }

  get size(): number {
    return this.count;
  }

  /** The score an entry must beat (or tie with a smaller id) to get in; -Infinity while not full. */
  get threshold(): number {
    return this.count < this.k ? -Infinity : this.scores[0];
  }

  /** Offers an entry; `ref` is the caller's handle (a slot of the index). Returns whether it was kept. */
  offer(score: number, id: string, ref: number): boolean {
    if (this.k <= 0) return false;
    if (this.count < this.k) {
      let i = this.count++;
      // Sift up: parents are worse than children.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(score, id, this.scores[parent], this.ids[parent])) break;
        this.set(i, this.scores[parent], this.ids[parent], this.refs[parent]);
        i = parent;
      }
      this.set(i, score, id, ref);
      return true;
    }
    if (!this.worse(this.scores[0], this.ids[0], score, id)) return false;
    this.siftDown(score, id, ref);
    return true;
  }

  /** The kept entries, best first. Empties the heap. */
  drain(): { score: number; id: string; ref: number }[] {
    const out = new Array<{ score: number; id: string; ref: number }>(this.count);
    while (this.count > 0) {
      out[this.count - 1] = { score: this.scores[0], id: this.ids[0], ref: this.refs[0] };
      const last = --this.count;
      if (last > 0) this.siftDown(this.scores[last], this.ids[last], this.refs[last]);
    }
    return out;
  }

  /** a is worse than b: lower score, or the same score and a greater id. */
  private worse(scoreA: number, idA: string, scoreB: number, idB: string): boolean {
    return scoreA < scoreB || (scoreA === scoreB && idA > idB);
  }

  private set(i: number, score: number, id: string, ref: number): void {
    this.scores[i] = score;
    this.ids[i] = id;
    this.refs[i] = ref;
  }

  /** Puts (score, id, ref) at the root and moves it down to its place. */
  private siftDown(score: number, id: string, ref: number): void {
    const n = this.count;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && this.worse(this.scores[right], this.ids[right], this.scores[left], this.ids[left]))
        child = right;
      if (!this.worse(this.scores[child], this.ids[child], score, id)) break;
      this.set(i, this.scores[child], this.ids[child], this.refs[child]);
      i = child;
    }
    this.set(i, score, id, ref);
  }
}
