import type { MatchingCatalog } from './matching-types';

export interface JobNeeds {
  romeCode: string;
  label: string;
  /** Competency bits (deduplicated) the job needs. */
  competencyBits: readonly number[];
}

/**
 * The catalog turned into small integers: each competency gets a bit (bit sets of any width,
 * in 32-bit words), each domain an id. Built once; the index and the scorers share it.
 */
export class MatchingReferential {
  /** 32-bit words per competency bit set. */
  readonly words: number;
  private readonly competencyBits = new Map<string, number>();
  private readonly competencyCodes: string[] = [];
  private readonly competencyLabels = new Map<string, string>();
  private readonly domainIds = new Map<string, number>();
  private readonly domainLabels = new Map<string, string>();
  private readonly jobs = new Map<string, JobNeeds>();

  constructor(readonly catalog: MatchingCatalog) {
    const addCompetency = (code: string) => {
      if (this.competencyBits.has(code)) return;
      this.competencyBits.set(code, this.competencyCodes.length);
      this.competencyCodes.push(code);
    };
    for (const { code, label } of catalog.competencies) {
      addCompetency(code);
      this.competencyLabels.set(code, label);
    }
    for (const job of catalog.jobs) job.competencies.forEach(addCompetency);
    this.words = Math.max(1, Math.ceil(this.competencyCodes.length / 32));
    for (const job of catalog.jobs) {
      const bits = [...new Set(job.competencies.map((code) => this.competencyBits.get(code) as number))];
      this.jobs.set(job.romeCode, { romeCode: job.romeCode, label: job.label, competencyBits: bits });
    }
    for (const { code, label } of catalog.domains) {
      this.domainId(code);
      this.domainLabels.set(code, label);
    }
  }

  get competencyCount(): number {
    return this.competencyCodes.length;
  }

  get domainCount(): number {
    return this.domainIds.size;
  }

  /** Bit of a competency, or -1 when the code is not in the catalog (no job needs it). */
  competencyBit(code: string): number {
    return this.competencyBits.get(code) ?? -1;
  }

  competencyCode(bit: number): string {
    return this.competencyCodes[bit];
  }

  competencyLabel(code: string): string {
    return this.competencyLabels.get(code) ?? code;
  }

  /** Id of a domain; a code unknown so far gets the next id (a mission may carry a domain added later). */
  domainId(code: string): number {
    let id = this.domainIds.get(code);
    if (id === undefined) {
      id = this.domainIds.size;
      this.domainIds.set(code, id);
    }
    return id;
  }

  /** Id of a domain already known, or -1 (does not register it). */
  knownDomainId(code: string): number {
    return this.domainIds.get(code) ?? -1;
  }

  domainLabel(code: string): string {
    return this.domainLabels.get(code) ?? code;
  }

  job(romeCode: string): JobNeeds | undefined {
    return this.jobs.get(romeCode);
  }

  /** The bit set of competency codes (unknown codes left out), `words` words long. */
  competencySet(codes: readonly string[]): Uint32Array {
    const set = new Uint32Array(this.words);
    for (const code of codes) {
      const bit = this.competencyBit(code);
      if (bit >= 0) set[bit >>> 5] |= 1 << (bit & 31);
    }
    return set;
  }
}
