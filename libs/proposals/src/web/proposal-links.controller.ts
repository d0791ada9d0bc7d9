import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { PageRenderer, Public, RateLimit } from '@tremplin/core';
import type { Response } from 'express';
import { Answer, parseDeclineReason } from '../domain/answer-rules';
import { ProposalAnswers, ProposalPageModel } from '../proposal-answers';
import { ACCEPTED_PAGE, DECLINED_PAGE, INVALID_LINK_PAGE, OPEN_PAGE, WAITING_LIST_PAGE } from './proposal-pages';

/**
 * The links of the proposal emails (design §8): `GET /p/:token` shows the proposal,
 * `POST /p/:token/accept` and `POST /p/:token/decline` answer it. Plain HTML forms, no account,
 * no JavaScript; rate-limited per client. Every dead link answers the same page with the same
 * status, whatever made it dead.
 */
@Controller('p')
export class ProposalLinksController {
  constructor(
    private readonly answers: ProposalAnswers,
    private readonly pages: PageRenderer,
  ) {}

  @Public()
  @RateLimit('link')
  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    this.send(res, await this.answers.show(token));
  }

  @Public()
  @RateLimit('link')
  @Post(':token/accept')
  async accept(@Param('token') token: string, @Res() res: Response): Promise<void> {
    this.send(res, await this.answers.answer(token, 'accept' satisfies Answer, null));
  }

  @Public()
  @RateLimit('link')
  @Post(':token/decline')
  async decline(
    @Param('token') token: string,
    @Body() body: Record<string, unknown> | undefined,
    @Res() res: Response,
  ): Promise<void> {
    this.send(res, await this.answers.answer(token, 'decline', parseDeclineReason(body?.raison)));
  }

  private send(res: Response, model: ProposalPageModel): void {
    // The token is the key to the page: never cached, never sent on as a referrer, never indexed.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.type('html');
    switch (model.kind) {
      case 'open':
        res.status(200).send(this.pages.render(OPEN_PAGE, model.data));
        return;
      case 'accepted':
        res.status(200).send(this.pages.render(ACCEPTED_PAGE, model.data));
        return;
      case 'waiting-list':
        res.status(200).send(this.pages.render(WAITING_LIST_PAGE, model.data));
        return;
      case 'declined':
        res.status(200).send(this.pages.render(DECLINED_PAGE, model.data));
        return;
      case 'invalid':
        res.status(404).send(this.pages.render(INVALID_LINK_PAGE, {}));
        return;
    }
  }
}
