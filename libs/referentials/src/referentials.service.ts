import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, Connection, pageWindow, toConnection } from '@tremplin/core';
import { In, Repository } from 'typeorm';
import { CommunesArgs } from './dto/referentials.args';
import { Commune, Competency, CompetencyCategoryEnum, Job, MissionDomain } from './referential.entities';

/**
 * Read access to the referentials, and the checks other domains use to refuse unknown codes
 * with a French field message (`requireCommune('communeCode', code)`).
 */
@Injectable()
export class ReferentialsService {
  constructor(
    @InjectRepository(Commune) private readonly communes: Repository<Commune>,
    @InjectRepository(MissionDomain) private readonly domains: Repository<MissionDomain>,
    @InjectRepository(Competency) private readonly competencies: Repository<Competency>,
    @InjectRepository(Job) private readonly jobs: Repository<Job>,
  ) {}

  listDomains(): Promise<MissionDomain[]> {
    return this.domains.find({ order: { sortOrder: 'ASC' } });
  }

  listCompetencies(category?: CompetencyCategoryEnum): Promise<Competency[]> {
    return this.competencies.find({ where: category ? { category } : {}, order: { sortOrder: 'ASC' } });
  }

  listJobs(): Promise<Job[]> {
    return this.jobs.find({ relations: { competencies: true }, order: { label: 'ASC' } });
  }

  async listCommunes(args: CommunesArgs): Promise<Connection<Commune>> {
    const { skip, take } = pageWindow(args);
    const query = this.communes.createQueryBuilder('commune').skip(skip).take(take);
    if (args.territoryId) query.andWhere('commune.territoryId = :territoryId', { territoryId: args.territoryId });
    const search = args.search?.trim();
    if (search) {
      query
        .andWhere('immutable_unaccent(lower(commune.name)) LIKE immutable_unaccent(lower(:pattern))', {
          pattern: `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`,
        })
        .orderBy('immutable_unaccent(lower(commune.name)) LIKE immutable_unaccent(lower(:prefix))', 'DESC')
        .setParameter('prefix', `${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)
        .addOrderBy('commune.name', 'ASC');
    } else {
      query.orderBy('commune.name', 'ASC');
    }
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  findCommune(inseeCode: string): Promise<Commune | null> {
    return this.communes.findOneBy({ inseeCode });
  }

  /** The commune, or BAD_USER_INPUT on `field` when the code is not a commune of the Ain. */
  async requireCommune(field: string, inseeCode: string): Promise<Commune> {
    const commune = await this.findCommune(inseeCode);
    if (!commune) throw AppException.invalidField(field, `commune inconnue dans l'Ain (${inseeCode})`);
    return commune;
  }

  async requireDomains(field: string, codes: readonly string[]): Promise<void> {
    await this.requireCodes(field, codes, this.domains, 'code', 'domaine inconnu');
  }

  async requireCompetencies(field: string, codes: readonly string[]): Promise<void> {
    await this.requireCodes(field, codes, this.competencies, 'code', 'compétence inconnue');
  }

  async requireJobs(field: string, romeCodes: readonly string[]): Promise<void> {
    await this.requireCodes(field, romeCodes, this.jobs, 'romeCode', 'métier inconnu');
  }

  private async requireCodes<E extends object>(
    field: string,
    codes: readonly string[],
    repository: Repository<E>,
    key: keyof E & string,
    message: string,
  ): Promise<void> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return;
    const found = await repository.find({ where: { [key]: In(unique) } as never, select: { [key]: true } as never });
    const known = new Set(found.map((row) => (row as Record<string, unknown>)[key]));
    const unknown = unique.filter((code) => !known.has(code));
    if (unknown.length > 0) throw AppException.invalidField(field, `${message} : ${unknown.join(', ')}`);
  }
}
