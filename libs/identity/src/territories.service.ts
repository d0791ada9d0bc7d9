import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, Connection, ConnectionArgs, pageWindow, toConnection } from '@tremplin/core';
import { Repository } from 'typeorm';
import { CreateTerritoryInput } from './dto/create-territory.input';
import { Territory } from './territory.entity';

@Injectable()
export class TerritoriesService {
  constructor(@InjectRepository(Territory) private readonly territories: Repository<Territory>) {}

  async list(args: ConnectionArgs): Promise<Connection<Territory>> {
    const { skip, take } = pageWindow(args);
    const [items, total] = await this.territories.findAndCount({ order: { name: 'ASC' }, skip, take });
    return toConnection(items, skip, total);
  }

  async get(id: string): Promise<Territory> {
    const territory = await this.territories.findOneBy({ id });
    if (!territory) throw AppException.notFound('Territoire introuvable.');
    return territory;
  }

  exists(id: string): Promise<boolean> {
    return this.territories.existsBy({ id });
  }

  async create(input: CreateTerritoryInput): Promise<Territory> {
    const inserted = await this.territories
      .createQueryBuilder()
      .insert()
      .values({ code: input.code, name: input.name.trim() })
      .orIgnore()
      .returning('*')
      .execute();
    if (inserted.raw.length === 0) throw AppException.conflict('Un territoire porte déjà ce code ou ce nom.');
    return this.get((inserted.raw[0] as { id: string }).id);
  }
}
