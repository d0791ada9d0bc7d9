import { perRequest } from '@tremplin/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Territory, User } from '@tremplin/identity';
import { Competency } from '@tremplin/referentials';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { MissionTransition } from './mission-transition.entity';
import { Mission } from './mission.entity';

/** Batched lookups for the field resolvers of missions (one query per kind and request). */
@Injectable()
export class MissionLoaders {
  constructor(
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
    @InjectRepository(Competency) private readonly competencyRepository: Repository<Competency>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(MissionTransition) private readonly transitionRepository: Repository<MissionTransition>,
  ) {}

  /** Missions by id, for the other domains' field resolvers (no access check: the caller already made it). */
  mission(context: object): DataLoader<string, Mission | null> {
    return perRequest(
      context,
      'missions.mission',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = new Map((await this.missions.findBy({ id: In(ids) })).map((m) => [m.id, m]));
          return ids.map((id) => rows.get(id) ?? null);
        }),
    );
  }

  competencies(context: object): Promise<Map<string, Competency>> {
    return perRequest(context, 'missions.competencies', async () => {
      const rows = await this.competencyRepository.find({ order: { sortOrder: 'ASC' } });
      return new Map(rows.map((c) => [c.code, c]));
    });
  }

  territory(context: object): DataLoader<string, Territory | null> {
    return perRequest(
      context,
      'missions.territory',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = new Map((await this.territories.findBy({ id: In(ids) })).map((t) => [t.id, t]));
          return ids.map((id) => rows.get(id) ?? null);
        }),
    );
  }

  user(context: object): DataLoader<string, User | null> {
    return perRequest(
      context,
      'missions.user',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = new Map((await this.users.findBy({ id: In(ids) })).map((u) => [u.id, u]));
          return ids.map((id) => rows.get(id) ?? null);
        }),
    );
  }

  transitions(context: object): DataLoader<string, MissionTransition[]> {
    return perRequest(
      context,
      'missions.transitions',
      () =>
        new DataLoader(async (missionIds: readonly string[]) => {
          const rows = await this.transitionRepository.find({
            where: { missionId: In(missionIds) },
            order: { occurredAt: 'ASC', id: 'ASC' },
          });
          return missionIds.map((id) => rows.filter((row) => row.missionId === id));
        }),
    );
  }
}
