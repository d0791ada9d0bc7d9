import { perRequest } from '@tremplin/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Territory, User } from '@tremplin/identity';
import { Commune, Competency, Job, MissionDomain, ReferentialsService } from '@tremplin/referentials';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { Beneficiary } from './beneficiary.entity';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/**
 * Batched lookups for the field resolvers of one GraphQL request, so that a page of 100
 * beneficiaries costs a handful of queries rather than hundreds.
 */
@Injectable()
export class BeneficiaryLoaders {
  constructor(
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    @InjectRepository(Commune) private readonly communes: Repository<Commune>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly referentials: ReferentialsService,
  ) {}

  beneficiary(context: object): DataLoader<string, Beneficiary | null> {
    return perRequest(
      context,
      'beneficiary',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKey(ids, await this.beneficiaries.findBy({ id: In(ids) }), (b) => b.id),
        ),
    );
  }

  commune(context: object): DataLoader<string, Commune | null> {
    return perRequest(
      context,
      'commune',
      () =>
        new DataLoader(async (codes: readonly string[]) =>
          byKey(codes, await this.communes.findBy({ inseeCode: In(codes) }), (c) => c.inseeCode),
        ),
    );
  }

  territory(context: object): DataLoader<string, Territory | null> {
    return perRequest(
      context,
      'territory',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKey(ids, await this.territories.findBy({ id: In(ids) }), (t) => t.id),
        ),
    );
  }

  user(context: object): DataLoader<string, User | null> {
    return perRequest(
      context,
      'user',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKey(ids, await this.users.find({ where: { id: In(ids) }, relations: { territory: true } }), (u) => u.id),
        ),
    );
  }

  /** The small referentials, read once per request. */
  domains(context: object): Promise<Map<string, MissionDomain>> {
    return perRequest(
      context,
      'domains',
      async () => new Map((await this.referentials.listDomains()).map((d) => [d.code, d])),
    );
  }

  jobs(context: object): Promise<Map<string, Job>> {
    return perRequest(
      context,
      'jobs',
      async () => new Map((await this.referentials.listJobs()).map((j) => [j.romeCode, j])),
    );
  }

  competencies(context: object): Promise<Map<string, Competency>> {
    return perRequest(
      context,
      'competencies',
      async () => new Map((await this.referentials.listCompetencies()).map((c) => [c.code, c])),
    );
  }
}
