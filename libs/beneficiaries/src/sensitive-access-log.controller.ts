import { Controller, Get, Query, Res } from '@nestjs/common';
import { AppException, Clock, CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import type { Response } from 'express';
import { accessLogCsv, accessLogCsvFileName } from './domain/access-log-csv';
import { SensitiveAccessLog } from './sensitive-access-log.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /access-log.csv`: the sensitive-data access log as a file for the data protection officer,
 * with the rights of the `sensitiveDataAccessLog` query (the service Insertion). Optional
 * `beneficiaryId` and `userId` narrow it as the console's filters do.
 */
@Controller()
export class SensitiveAccessLogController {
  constructor(
    private readonly accessLog: SensitiveAccessLog,
    private readonly clock: Clock,
  ) {}

  @Roles(Role.ADMIN)
  @Get('access-log.csv')
  async csv(
    @Query() query: { beneficiaryId?: unknown; userId?: unknown },
    @CurrentUser() viewer: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const filter = {
      beneficiaryId: this.id(query.beneficiaryId, 'beneficiaryId'),
      userId: this.id(query.userId, 'userId'),
    };
    const lines = await this.accessLog.csvLines(viewer, filter);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${accessLogCsvFileName(this.clock.now())}"`);
    res.setHeader('Cache-Control', 'no-store');
    return accessLogCsv(lines);
  }

  private id(value: unknown, field: string): string | undefined {
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw AppException.invalidField(field, 'doit être un identifiant valide');
    }
    return value;
  }
}
