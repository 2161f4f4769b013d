import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditService, HttpOperations, sendPublic } from '@kijkje/api/core';
import { contentDisposition, renderDocx, renderPdf } from '@kijkje/api/documents';
import { publicHttpStatus, type Language } from '@kijkje/domain';
import type { Request, Response } from 'express';
import { harvestDocument } from '../export/harvest-document';
import { HarvestPublicationService, type PublicAnswer } from '../harvest-publication.service';
import { harvestPage, notFoundPage, withdrawnPage } from './harvest-page';

const SLUG = /^[a-z0-9-]{1,80}$/;
const FILES = {
  'oogst.pdf': { type: 'application/pdf', render: renderPdf },
  'oogst.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
} as const;

/**
 * /oogst/<slug>: the public harvest, for anyone with the link, as a page and as PDF or DOCX. It
 * serves only what publicServing allows: the newest version while it is PUBLIC. Anything else
 * reads as an unknown slug (404, the same page), except a withdrawn version: 410, saying so.
 * Caches must ask again each time, so that a withdrawal or a newer version counts at once.
 */
@Controller('oogst')
export class PublicHarvestController {
  constructor(
    private readonly http: HttpOperations,
    private readonly publication: HarvestPublicationService,
    private readonly audit: AuditService,
  ) {}

  @Get(':slug')
  async page(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string, @Query('taal') taal?: string): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const answer = await this.http.run(req, res, async (ctx) => (SLUG.test(slug) ? this.publication.publicAnswer(ctx, slug) : null), { open: true });
    if (res.headersSent) return;
    if (answer?.state !== 'PUBLIC') return void refuse(res, answer ?? null, language);
    res.type('text/html; charset=utf-8');
    sendPublic(res, harvestPage(answer.version.content, slug, language));
  }

  @Get(':slug/:file')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Param('slug') slug: string,
    @Param('file') file: string,
    @Query('taal') taal?: string,
  ): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const kind = FILES[file as keyof typeof FILES];
    const result = await this.http.run(
      req,
      res,
      async (ctx) => {
        const answer = kind && SLUG.test(slug) ? await this.publication.publicAnswer(ctx, slug) : null;
        if (answer?.state !== 'PUBLIC') return { ok: false as const, refused: answer ?? null };
        const version = answer.version;
        const bytes = await kind.render(harvestDocument(version.content, language));
        await this.audit.record(ctx.em, {
          networkId: null,
          actorUserId: ctx.userId,
          action: 'harvest.exported',
          targetType: 'harvest',
          targetId: version.harvestId,
          data: { file, number: version.number, public: true },
          ip: ctx.ip,
        });
        return { ok: true as const, bytes, name: `${slug}-versie-${version.number}.${file.split('.').pop()}` };
      },
      { open: true },
    );
    if (res.headersSent || !result) return;
    if (!result.ok) return void refuse(res, result.refused, language);
    res.setHeader('Content-Type', FILES[file as keyof typeof FILES].type);
    res.setHeader('Content-Disposition', contentDisposition(result.name));
    sendPublic(res, Buffer.from(result.bytes));
  }
}

/** 404 with the not-found page for anything not public, or 410 with the withdrawn page. */
function refuse(res: Response, answer: PublicAnswer, language: Language): void {
  const status = publicHttpStatus({ state: answer?.state ?? 'NONE' });
  res.setHeader('Cache-Control', 'no-store');
  res
    .status(status)
    .type('text/html; charset=utf-8')
    .send(status === 410 ? withdrawnPage(language) : notFoundPage(language));
}
