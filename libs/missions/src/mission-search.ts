import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, Connection, DEFAULT_PAGE_SIZE, offsetAfter, toConnection } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Brackets, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { boundingBox } from './domain/mission-place';
import { searchWords } from './domain/text-search';
import { MissionsArgs } from './dto/mission.inputs';
import { MissionAccess } from './mission-access.service';
import { MissionStatus } from './domain/mission-status';
import { Mission } from './mission.entity';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance (haversine, as `distanceKm` of the referentials) from (:nearLat, :nearLon) to the mission. */
const DISTANCE_SQL = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
  power(sin(radians(m.latitude - :nearLat) / 2), 2)
  + cos(radians(:nearLat)) * cos(radians(m.latitude)) * power(sin(radians(m.longitude - :nearLon) / 2), 2)))))`;

/** Creation time at millisecond precision, the key of the default order and of its cursors. */
const CREATED_MS = `date_trunc('milliseconds', m.created_at)`;

const KEYSET_PREFIX = 'k:';

/** When a mission last entered the moderation queue (its last transition to SUBMITTED). */
const SUBMITTED_AT_SQL = `(SELECT max(t.occurred_at) FROM mission_transition t
  WHERE t.mission_id = m.id AND t.to_status = '${MissionStatus.SUBMITTED}')`;

/** The moderation queue (only SUBMITTED missions asked for): the longest waiting first. */
export function isModerationQueue(args: Pick<MissionsArgs, 'status' | 'near' | 'text'>): boolean {
  return !args.near && !args.text && args.status?.length === 1 && args.status[0] === MissionStatus.SUBMITTED;
}

/**
 * Word similarity a search word needs with some word of the mission's text. pg_trgm's default
 * (0.6) misses one typo in a short word (« solidiare » → « solidaire » scores 0.5); 0.45 keeps
 * one typo per word while unrelated words stay far below (« piscine » → 0 on a food-bank text).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.45;

/** An opaque cursor on the default order (newest first): the creation time and the id of the last row. */
export function encodeKeysetCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${KEYSET_PREFIX}${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeKeysetCursor(cursor: string): { createdAt: string; id: string } | null {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const match = /^k:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/.exec(decoded);
  return match ? { createdAt: match[1], id: match[2] } : null;
}

/**
 * The `missions` query: the viewer's scope, the filters, and three orders —
 * - by distance when `near` is given (bounding box on the GiST index, then the exact distance;
 *   offset cursors);
 * - by relevance when `text` is given (every word must be similar to a word of the title, summary
 *   or description — trigram word similarity on unaccented text; offset cursors);
 * - the moderation queue (only `SUBMITTED` asked for): the longest waiting first, by the time each
 *   mission was last submitted (offset cursors);
 * - newest first otherwise, with keyset cursors that stay stable when missions are added.
 */
@Injectable()
export class MissionSearch {
  constructor(
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
    private readonly access: MissionAccess,
  ) {}

  async list(viewer: AuthUser, args: MissionsArgs): Promise<Connection<Mission>> {
    if (!args.text) return this.search(this.missions.manager, viewer, args);
    // The threshold of the `<%` operator (served by the trigram index) is a setting: set it for this
    // transaction only.
    return this.missions.manager.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
      return this.search(manager, viewer, args);
    });
  }

  private async search(manager: EntityManager, viewer: AuthUser, args: MissionsArgs): Promise<Connection<Mission>> {
    const take = args.first ?? DEFAULT_PAGE_SIZE;
    const query = manager.createQueryBuilder(Mission, 'm');
    this.access.applyReadScope(query, 'm', viewer);
    this.applyFilters(query, args);
    const words = args.text ? searchWords(args.text) : [];
    if (args.text?.trim() && words.length === 0) {
      throw AppException.invalidField('text', 'doit contenir au moins un mot de 3 lettres');
    }
    words.forEach((word, index) => {
      query.andWhere(`immutable_unaccent(lower(:word${index})) <% m.search_text`, { [`word${index}`]: word });
    });

    if (args.near) {
      const { latitude, longitude, radiusKm } = args.near;
      const box = boundingBox(latitude, longitude, radiusKm);
      query
        .andWhere('point(m.longitude, m.latitude) <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))', {
          minLon: box.minLongitude,
          minLat: box.minLatitude,
          maxLon: box.maxLongitude,
          maxLat: box.maxLatitude,
        })
        .andWhere(`${DISTANCE_SQL} <= :radiusKm`, { nearLat: latitude, nearLon: longitude, radiusKm })
        .addSelect(DISTANCE_SQL, 'distance_km')
        .orderBy('distance_km', 'ASC')
        .addOrderBy('m.id', 'ASC');
      return this.offsetPage(query, args.after, take, true);
    }
    if (words.length) {
      const score = words
        .map(
          (_, i) =>
            `(2 * word_similarity(:word${i}, immutable_unaccent(lower(m.title))) + word_similarity(:word${i}, m.search_text))`,
        )
        .join(' + ');
      query.addSelect(score, 'relevance').orderBy('relevance', 'DESC').addOrderBy('m.id', 'ASC');
      return this.offsetPage(query, args.after, take, false);
    }
    if (isModerationQueue(args)) {
      query.orderBy(SUBMITTED_AT_SQL, 'ASC', 'NULLS LAST').addOrderBy('m.id', 'ASC');
      return this.offsetPage(query, args.after, take, false);
    }
    return this.keysetPage(query, args.after, take);
  }

  private applyFilters(query: SelectQueryBuilder<Mission>, args: MissionsArgs): void {
    if (args.status?.length) query.andWhere('m.status IN (:...statuses)', { statuses: args.status });
    if (args.domain) query.andWhere('m.domainCode = :domain', { domain: args.domain });
    if (args.territoryId) query.andWhere('m.territoryId = :territoryId', { territoryId: args.territoryId });
    if (args.communeCode) {
      // A former code finds the missions of the commune it merged into.
      query.andWhere(
        `m.communeCode IN (SELECT CAST(:communeCode AS text)
          UNION SELECT f.current_insee_code FROM former_commune f WHERE f.insee_code = :communeCode)`,
        { communeCode: args.communeCode },
      );
    }
    if (args.associationId) query.andWhere('m.associationId = :associationId', { associationId: args.associationId });
    if (args.hasPlacesLeft === true) query.andWhere('m.placesTaken < m.places');
    if (args.hasPlacesLeft === false) query.andWhere('m.placesTaken >= m.places');
  }

  /** A page at an offset (distance and relevance orders). */
  private async offsetPage(
    query: SelectQueryBuilder<Mission>,
    after: string | null | undefined,
    take: number,
    withDistance: boolean,
  ): Promise<Connection<Mission>> {
    if (after && decodeKeysetCursor(after)) {
      throw AppException.invalidField('after', 'ce curseur vient d’une recherche triée autrement');
    }
    const skip = offsetAfter(after);
    const total = await query.clone().orderBy().getCount();
    const { entities, raw } = await query.offset(skip).limit(take).getRawAndEntities();
    if (withDistance) {
      const distances = new Map(
        (raw as Array<{ m_id: string; distance_km: number }>).map((row) => [row.m_id, Number(row.distance_km)]),
      );
      for (const mission of entities) mission.distanceKm = distances.get(mission.id);
    }
    return toConnection(entities, skip, total);
  }

  /** A page after a keyset cursor, newest first. */
  private async keysetPage(
    query: SelectQueryBuilder<Mission>,
    after: string | null | undefined,
    take: number,
  ): Promise<Connection<Mission>> {
    const total = await query.clone().getCount();
    let key: { createdAt: string; id: string } | null = null;
    if (after) {
      key = decodeKeysetCursor(after);
      if (!key) throw AppException.invalidField('after', 'curseur de pagination invalide');
      query.andWhere(
        new Brackets((where) =>
          where
            .where(`${CREATED_MS} < :afterAt`, { afterAt: key?.createdAt })
            .orWhere(`(${CREATED_MS} = :afterAt AND m.id < :afterId)`, { afterId: key?.id }),
        ),
      );
    }
    const rows = await query
      .orderBy(CREATED_MS, 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(take + 1)
      .getMany();
    const page = rows.slice(0, take);
    const edges = page.map((node) => ({ cursor: encodeKeysetCursor(node.createdAt, node.id), node }));
    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: rows.length > take,
        hasPreviousPage: key !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
