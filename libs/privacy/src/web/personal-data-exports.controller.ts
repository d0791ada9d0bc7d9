import { Controller, Get, Param, Res } from '@nestjs/common';
import { Public, RateLimit } from '@tremplin/core';
import type { Response } from 'express';
import { ExportFile, PersonalDataExports } from '../personal-data-exports.service';

function send(res: Response, file: ExportFile): void {
  res
    .status(200)
    .type(file.contentType)
    .set({
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(file.body);
}

/** The files of an export, behind their signed link (valid until the files are erased). */
@Controller()
export class PersonalDataExportsController {
  constructor(private readonly exports: PersonalDataExports) {}

  @Public()
  @RateLimit('link')
  @Get('donnees/:token/export.json')
  async json(@Param('token') token: string, @Res() res: Response): Promise<void> {
    send(res, await this.exports.file(token, 'json'));
  }

  @Public()
  @RateLimit('link')
  @Get('donnees/:token/export.pdf')
  async pdf(@Param('token') token: string, @Res() res: Response): Promise<void> {
    send(res, await this.exports.file(token, 'pdf'));
  }
}
