import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { CurrentUser, PageRenderer, Public, RateLimit, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import type { Response } from 'express';
import { normalizeVerificationCode } from '../domain/verification-code';
import { PassportPdf, PassportsService } from '../passports.service';
import { ENTER_CODE_PAGE, NOT_VERIFIED_PAGE, VERIFIED_PAGE, verifiedPageData } from './verification-page';

function sendPdf(res: Response, { pdf, filename }: PassportPdf): void {
  res
    .status(200)
    .type('application/pdf')
    .set({
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(pdf);
}

/**
 * The plain HTTP routes of the passport: the PDF for staff (bearer token or session cookie), the
 * PDF from the beneficiary's signed link, and the public verification page behind the QR code.
 */
@Controller()
export class PassportsController {
  constructor(
    private readonly passports: PassportsService,
    private readonly pages: PageRenderer,
  ) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Get('passports/:beneficiaryId.pdf')
  async staffPdf(
    @Param('beneficiaryId', new ParseUUIDPipe()) beneficiaryId: string,
    @CurrentUser() viewer: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(res, await this.passports.pdfForStaff(viewer, beneficiaryId));
  }

  @Public()
  @RateLimit('link')
  @Get('passeport/:token')
  async linkPdf(@Param('token') token: string, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.passports.pdfFromLink(token));
  }

  /** The page where a verifier types a code; `?code=` (the form) leads to the code's page. */
  @Public()
  @Get('verify')
  enterCode(@Query('code') code: string | undefined, @Res() res: Response): void {
    const typed = typeof code === 'string' ? code.slice(0, 40) : '';
    const canonical = typed ? normalizeVerificationCode(typed) : null;
    if (canonical) {
      res.redirect(303, `/verify/${canonical}`);
      return;
    }
    const page = typed
      ? this.pages.render(NOT_VERIFIED_PAGE, { typed, malformed: true, revoked: false })
      : this.pages.render(ENTER_CODE_PAGE, { typed: '' });
    res
      .status(typed ? 404 : 200)
      .type('html')
      .set('Cache-Control', 'no-store')
      .send(page);
  }

  @Public()
  @RateLimit('link')
  @Get('verify/:code')
  async verify(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const result = await this.passports.verify(code);
    res.type('html').set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    if (result.kind === 'valid') {
      res.status(200).send(
        this.pages.render(VERIFIED_PAGE, verifiedPageData(result.code, result.issuedAt, result.entries), {
          wide: true,
        }),
      );
      return;
    }
    res.status(result.kind === 'revoked' ? 410 : 404).send(
      this.pages.render(NOT_VERIFIED_PAGE, {
        typed: code.slice(0, 40),
        malformed: result.kind === 'malformed',
        revoked: result.kind === 'revoked',
      }),
    );
  }
}
