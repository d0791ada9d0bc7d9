import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, Connection, pageWindow, toConnection } from '@tremplin/core';
import { In, Repository } from 'typeorm';
import { CommunesArgs } from './dto/referentials.args';
import { Commune, Competency, CompetencyCategoryEnum, FormerCommune, Job, MissionDomain } from './referential.entities';

const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);
const NAME = (column: string) => `immutable_unaccent(lower(${column}))`;

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
    @InjectRepository(FormerCommune) private readonly formerCommunes: Repository<FormerCommune>,
  ) {}

  /** The former communes, by current code (a small table that only a migration changes: read once). */
  private formerByCurrent?: Promise<Map<string, FormerCommune[]>>;

  listDomains(): Promise<MissionDomain[]> {
    return this.domains.find({ order: { sortOrder: 'ASC' } });
  }

  listCompetencies(category?: CompetencyCategoryEnum): Promise<Competency[]> {
    return this.competencies.find({ where: category ? { category } : {}, order: { sortOrder: 'ASC' } });
  }

  listJobs(): Promise<Job[]> {
    return this.jobs.find({ relations: { competencies: true }, order: { label: 'ASC' } });
  }

  /**
   * Communes by a part of their name or of a former name (accents ignored; « Bellegarde » finds Valserhône),
   * or by the start of a code (INSEE, former INSEE, postcode). Names starting with the text come first.
   */
  async listCommunes(args: CommunesArgs): Promise<Connection<Commune>> {
    const { skip, take } = pageWindow(args);
    const query = this.communes.createQueryBuilder('commune').skip(skip).take(take);
    if (args.territoryId) query.andWhere('commune.territoryId = :territoryId', { territoryId: args.territoryId });
    const search = args.search?.trim();
    if (search && /^\d+$/.test(search)) {
      query
        .andWhere(
          `(commune.inseeCode LIKE :code OR EXISTS (SELECT 1 FROM unnest(commune.postal_codes) p WHERE p LIKE :code)
            OR EXISTS (SELECT 1 FROM former_commune f WHERE f.current_insee_code = commune.insee_code
              AND f.insee_code LIKE :code))`,
          { code: `${escapeLike(search)}%` },
        )
        .orderBy('commune.inseeCode LIKE :code', 'DESC')
        .addOrderBy('commune.name', 'ASC');
    } else if (search) {
      query
        .andWhere(
          `(${NAME('commune.name')} LIKE ${NAME(':pattern')}
            OR EXISTS (SELECT 1 FROM former_commune f WHERE f.current_insee_code = commune.insee_code
              AND ${NAME('f.name')} LIKE ${NAME(':pattern')}))`,
          { pattern: `%${escapeLike(search)}%` },
        )
        .orderBy(`${NAME('commune.name')} LIKE ${NAME(':prefix')}`, 'DESC')
        .addOrderBy(`${NAME('commune.name')} LIKE ${NAME(':pattern')}`, 'DESC')
        .setParameter('prefix', `${escapeLike(search)}%`)
        .addOrderBy('commune.name', 'ASC');
    } else {
      query.orderBy('commune.name', 'ASC');
    }
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /** The communes merged into this one, and its own former name. */
  async formerCommunesOf(inseeCode: string): Promise<FormerCommune[]> {
    this.formerByCurrent ??= this.formerCommunes.find({ order: { inseeCode: 'ASC' } }).then((rows) => {
      const byCurrent = new Map<string, FormerCommune[]>();
      for (const row of rows)
        byCurrent.set(row.currentInseeCode, [...(byCurrent.get(row.currentInseeCode) ?? []), row]);
      return byCurrent;
    });
    try {
      return (await this.formerByCurrent).get(inseeCode) ?? [];
    } catch (error) {
      this.formerByCurrent = undefined; // read again next time
      throw error;
    }
  }

  /** The current commune of a code, current or former (a former commune leads to the one it merged into). */
  async findCommune(inseeCode: string): Promise<Commune | null> {
    const commune = await this.communes.findOneBy({ inseeCode });
    if (commune) return commune;
    const former = await this.formerCommunes.findOneBy({ inseeCode });
    return former ? this.communes.findOneBy({ inseeCode: former.currentInseeCode }) : null;
  }

  /**
   * The current commune of a code (a former code gives the commune it merged into: store its `inseeCode`,
   * never the code received), or BAD_USER_INPUT on `field` when the code is no commune of the Ain.
   */
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
