import { perRequest } from '@tremplin/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { Diagnostic, DiagnosticBarrier } from './diagnostic.entity';
import { Orientation } from './orientation.entity';

function groupBy<V>(keys: readonly string[], rows: V[], keyOf: (row: V) => string): V[][] {
  const groups = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Batched reads of the orientation records for the field resolvers of one GraphQL request. */
@Injectable()
export class OrientationLoaders {
  constructor(
    @InjectRepository(Diagnostic) private readonly diagnostics: Repository<Diagnostic>,
    @InjectRepository(DiagnosticBarrier) private readonly barriers: Repository<DiagnosticBarrier>,
    @InjectRepository(Orientation) private readonly orientations: Repository<Orientation>,
  ) {}

  /** Diagnostics of each beneficiary, most recent first (without their sensitive barriers). */
  diagnosticsOf(context: object): DataLoader<string, Diagnostic[]> {
    return perRequest(
      context,
      'diagnostics-of-beneficiary',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupBy(
            ids,
            await this.diagnostics.find({
              where: { beneficiaryId: In(ids) },
              order: { conductedAt: 'DESC', id: 'DESC' },
            }),
            (d) => d.beneficiaryId,
          ),
        ),
    );
  }

  /** Barriers of each diagnostic: read only when the sensitive field is asked for, and allowed. */
  barriersOf(context: object): DataLoader<string, DiagnosticBarrier[]> {
    return perRequest(
      context,
      'barriers-of-diagnostic',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupBy(
            ids,
            await this.barriers.find({ where: { diagnosticId: In(ids) }, order: { kind: 'ASC' } }),
            (b) => b.diagnosticId,
          ),
        ),
    );
  }

  /** Orientation decisions of each beneficiary, most recent first. */
  orientationsOf(context: object): DataLoader<string, Orientation[]> {
    return perRequest(
      context,
      'orientations-of-beneficiary',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupBy(
            ids,
            await this.orientations.find({
              where: { beneficiaryId: In(ids) },
              order: { decidedAt: 'DESC', id: 'DESC' },
            }),
            (o) => o.beneficiaryId,
          ),
        ),
    );
  }
}
