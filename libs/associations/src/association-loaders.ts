import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Role, perRequest } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Commune, MissionDomain } from '@tremplin/referentials';
import DataLoader from 'dataloader';
import { In, IsNull, Repository } from 'typeorm';
import { Association } from './association.entity';

/** Batched lookups for the field resolvers of associations and missions (one query per kind and request). */
@Injectable()
export class AssociationLoaders {
  constructor(
    @InjectRepository(Association) private readonly associations: Repository<Association>,
    @InjectRepository(Commune) private readonly communes: Repository<Commune>,
    @InjectRepository(MissionDomain) private readonly domainRepository: Repository<MissionDomain>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  association(context: object): DataLoader<string, Association | null> {
    return perRequest(
      context,
      'associations.association',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = new Map((await this.associations.findBy({ id: In(ids) })).map((a) => [a.id, a]));
          return ids.map((id) => rows.get(id) ?? null);
        }),
    );
  }

  commune(context: object): DataLoader<string, Commune | null> {
    return perRequest(
      context,
      'associations.commune',
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const rows = new Map((await this.communes.findBy({ inseeCode: In(codes) })).map((c) => [c.inseeCode, c]));
          return codes.map((code) => rows.get(code) ?? null);
        }),
    );
  }

  members(context: object): DataLoader<string, User[]> {
    return perRequest(
      context,
      'associations.members',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.users.find({
            where: { associationId: In(ids), role: Role.ASSOCIATION, disabledAt: IsNull() },
            order: { createdAt: 'ASC' },
          });
          return ids.map((id) => rows.filter((user) => user.associationId === id));
        }),
    );
  }

  /** Every mission domain by code (a small referential, read once per request). */
  domains(context: object): Promise<Map<string, MissionDomain>> {
    return perRequest(context, 'associations.domains', async () => {
      const rows = await this.domainRepository.find();
      return new Map(rows.map((d) => [d.code, d]));
    });
  }
}
