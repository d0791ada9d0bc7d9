import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import type { Response } from 'express';
import { ProposalsService } from '../proposals.service';

/**
 * `GET /proposals/:proposalId/letter.pdf`: the proposal as a letter for a person without email,
 * for the référent of the file (session cookie or bearer token) and the service Insertion.
 */
@Controller('proposals')
export class ProposalLettersController {
  constructor(private readonly proposals: ProposalsService) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Get(':proposalId/letter.pdf')
  async letter(
    @Param('proposalId', new ParseUUIDPipe()) proposalId: string,
    @CurrentUser() viewer: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const { pdf, filename } = await this.proposals.letter(viewer, proposalId);
    res
      .status(200)
      .type('application/pdf')
      .set({
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(pdf);
  }
}
