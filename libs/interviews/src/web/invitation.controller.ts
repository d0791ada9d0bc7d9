import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { AnyStaff, CurrentUser } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import type { Response } from 'express';
import { InterviewQueries } from '../interview-queries';

/** `GET /interviews/:id/invite.ics`: the current invitation (or cancellation) for staff who may see the interview. */
@Controller('interviews')
export class InvitationController {
  constructor(private readonly interviews: InterviewQueries) {}

  @AnyStaff()
  @Get(':id/invite.ics')
  async invite(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() viewer: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const calendar = await this.interviews.calendarFile(viewer, id);
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'attachment; filename="entretien.ics"')
      .setHeader('Cache-Control', 'private, no-store')
      .send(calendar);
  }
}
