import { perRequest } from '@tremplin/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Association } from '@tremplin/associations';
import { Mission } from '@tremplin/missions';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { CompetencyAttestation, PassportAttestation } from './attestation.entity';
import { Outcome } from './outcome.entity';

function byKey<V>(keys: readonly string[], rows: V[], keyOf: (row: V) => string): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

function groupBy<V>(keys: readonly string[], rows: V[], keyOf: (row: V) => string): V[][] {
  const groups = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Batched reads for the field resolvers of engagements and attestations, per GraphQL request. */
@Injectable()
export class PassportLoaders {
  constructor(
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
    @InjectRepository(Association) private readonly associations: Repository<Association>,
    @InjectRepository(PassportAttestation) private readonly attestations: Repository<PassportAttestation>,
    @InjectRepository(CompetencyAttestation) private readonly competencies: Repository<CompetencyAttestation>,
    @InjectRepository(Outcome) private readonly outcomes: Repository<Outcome>,
  ) {}

  mission(context: object): DataLoader<string, Mission | null> {
    return perRequest(
      context,
      'passports.mission',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKey(ids, await this.missions.findBy({ id: In(ids) }), (m) => m.id),
        ),
    );
  }

  association(context: object): DataLoader<string, Association | null> {
    return perRequest(
      context,
      'passports.association',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKey(ids, await this.associations.findBy({ id: In(ids) }), (a) => a.id),
        ),
    );
  }

  attestationsOf(context: object): DataLoader<string, PassportAttestation[]> {
    return perRequest(
      context,
      'passports.attestations',
      () =>
        new DataLoader(async (engagementIds: readonly string[]) =>
          groupBy(
            engagementIds,
            await this.attestations.find({ where: { engagementId: In(engagementIds) }, order: { attestedAt: 'ASC' } }),
            (a) => a.engagementId,
          ),
        ),
    );
  }

  competenciesOf(context: object): DataLoader<string, CompetencyAttestation[]> {
    return perRequest(
      context,
      'passports.competencies',
      () =>
        new DataLoader(async (attestationIds: readonly string[]) =>
          groupBy(
            attestationIds,
            await this.competencies.find({ where: { attestationId: In(attestationIds) } }),
            (c) => c.attestationId,
          ),
        ),
    );
  }

  outcomesOf(context: object): DataLoader<string, Outcome[]> {
    return perRequest(
      context,
      'passports.outcomes',
      () =>
        new DataLoader(async (engagementIds: readonly string[]) =>
          groupBy(
            engagementIds,
            await this.outcomes.find({
              where: { engagementId: In(engagementIds) },
              order: { startDate: 'DESC', recordedAt: 'DESC' },
            }),
            (o) => o.engagementId,
          ),
        ),
    );
  }
}
