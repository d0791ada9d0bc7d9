import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, Clock, Connection, pageWindow, perRequest, toConnection } from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import DataLoader from 'dataloader';
import { Repository } from 'typeorm';
import { BENEFICIARY_NOT_FOUND, BeneficiaryAccess } from './beneficiary-access.service';
import { BeneficiaryLoaders } from './beneficiary-loaders';
import { AccessLogCsvLine } from './domain/access-log-csv';
import { personAudience, personName } from './domain/person-fields';
import { SensitiveDataKind } from './domain/sensitive-data';
import { SensitiveDataAccess } from './sensitive-data-access.entity';
import { SensitiveDataAccessArgs } from './dto/sensitive-data-access.args';

export interface SensitiveRead {
  beneficiaryId: string;
  kind: SensitiveDataKind;
  recordId: string | null;
}

interface LoggedRead extends SensitiveRead {
  userId: string;
}

/**
 * The access log of sensitive data. A read is recorded before the data is returned: if the log
 * cannot be written, the data is not served. Reads of one GraphQL request are written in one insert.
 */
@Injectable()
export class SensitiveAccessLog {
  private readonly logger = new Logger(SensitiveAccessLog.name);

  constructor(
    @InjectRepository(SensitiveDataAccess) private readonly accesses: Repository<SensitiveDataAccess>,
    private readonly access: BeneficiaryAccess,
    private readonly loaders: BeneficiaryLoaders,
    private readonly clock: Clock,
  ) {}

  /**
   * For a field resolver about to serve sensitive data: checks that the viewer is the person's
   * referent or an admin (FORBIDDEN otherwise) and records the read. `context` is the GraphQL context.
   */
  async authorize(context: object, viewer: AuthUser | undefined, read: SensitiveRead): Promise<void> {
    const beneficiary = await this.loaders.beneficiary(context).load(read.beneficiaryId);
    if (!beneficiary) throw AppException.notFound(BENEFICIARY_NOT_FOUND);
    this.access.assertSensitiveReadable(viewer, beneficiary);
    await this.log(context, { ...read, userId: (viewer as AuthUser).id });
  }

  /** Like authorize, but answers false instead of throwing (to mask, rather than refuse, a confidential entry). */
  async reveal(context: object, viewer: AuthUser | undefined, read: SensitiveRead): Promise<boolean> {
    const beneficiary = await this.loaders.beneficiary(context).load(read.beneficiaryId);
    if (!viewer || !beneficiary || !this.access.canReadSensitive(viewer, beneficiary)) return false;
    await this.log(context, { ...read, userId: viewer.id });
    return true;
  }

  /**
   * Records, in `tx`, a read made outside a GraphQL request (an export produced by a job, on behalf
   * of the staff member who asked for it): written with the fact it accompanies, or not at all.
   */
  async record(tx: Transaction, userId: string, read: SensitiveRead): Promise<void> {
    await tx.manager.insert(SensitiveDataAccess, {
      userId,
      beneficiaryId: read.beneficiaryId,
      dataKind: read.kind,
      recordId: read.recordId,
      accessedAt: this.clock.now(),
    });
    this.logger.log({ event: 'sensitive.read', userId, beneficiaryId: read.beneficiaryId, kind: read.kind });
  }

  /** Reads of one request are written together, before any of them is served. */
  private log(context: object, read: LoggedRead): Promise<void> {
    const loader = perRequest(
      context,
      'sensitive-access-log',
      () => new DataLoader<LoggedRead, void>((reads) => this.write(reads), { cache: false }),
    );
    return loader.load(read);
  }

  private async write(reads: readonly LoggedRead[]): Promise<void[]> {
    const accessedAt = this.clock.now();
    await this.accesses.insert(
      reads.map((read) => ({
        userId: read.userId,
        beneficiaryId: read.beneficiaryId,
        dataKind: read.kind,
        recordId: read.recordId,
        accessedAt,
      })),
    );
    for (const read of reads) {
      this.logger.log({
        event: 'sensitive.read',
        userId: read.userId,
        beneficiaryId: read.beneficiaryId,
        kind: read.kind,
        recordId: read.recordId,
      });
    }
    return reads.map(() => undefined);
  }

  async list(args: SensitiveDataAccessArgs): Promise<Connection<SensitiveDataAccess>> {
    const { skip, take } = pageWindow(args);
    const query = this.accesses
      .createQueryBuilder('access')
      .orderBy('access.accessedAt', 'DESC')
      .addOrderBy('access.id', 'DESC')
      .skip(skip)
      .take(take);
    if (args.beneficiaryId)
      query.andWhere('access.beneficiaryId = :beneficiaryId', { beneficiaryId: args.beneficiaryId });
    if (args.userId) query.andWhere('access.userId = :userId', { userId: args.userId });
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /**
   * Every line of the log (optionally of one person or one reader), most recent first, for the CSV
   * file of the data protection officer: the person named as `viewer`'s audience allows.
   */
  async csvLines(viewer: AuthUser, filter: { beneficiaryId?: string; userId?: string }): Promise<AccessLogCsvLine[]> {
    const query = this.accesses
      .createQueryBuilder('access')
      .orderBy('access.accessedAt', 'DESC')
      .addOrderBy('access.id', 'DESC');
    if (filter.beneficiaryId)
      query.andWhere('access.beneficiaryId = :beneficiaryId', { beneficiaryId: filter.beneficiaryId });
    if (filter.userId) query.andWhere('access.userId = :userId', { userId: filter.userId });
    const rows = await query.getMany();
    // A context of this call only: the loaders batch the people and the readers of the whole file.
    const context = {};
    const [people, users] = await Promise.all([
      this.loaders.beneficiary(context).loadMany([...new Set(rows.map((row) => row.beneficiaryId))]),
      this.loaders.user(context).loadMany([...new Set(rows.map((row) => row.userId))]),
    ]);
    const personById = new Map(
      people.flatMap((person) => (person && !(person instanceof Error) ? [[person.id, person] as const] : [])),
    );
    const userById = new Map(
      users.flatMap((user) => (user && !(user instanceof Error) ? [[user.id, user] as const] : [])),
    );
    return rows.map((row) => {
      const person = personById.get(row.beneficiaryId);
      const user = userById.get(row.userId);
      return {
        accessedAt: row.accessedAt,
        userName: user ? `${user.firstName} ${user.lastName}` : null,
        userRole: user?.role ?? null,
        dataKind: row.dataKind,
        personName: person ? personName(person, personAudience(viewer, { beneficiary: person })) : null,
        beneficiaryId: row.beneficiaryId,
      };
    });
  }
}
