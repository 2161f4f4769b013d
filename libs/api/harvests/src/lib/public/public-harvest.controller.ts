import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditService, HttpOperations } from '@kijkje/api/core';
import { contentDisposition, renderDocx, renderPdf } from '@kijkje/api/documents';
import type { Request, Response } from 'express';
import { harvestDocument } from '../export/harvest-document';
import { HarvestsService } from '../harvests.service';
import { harvestPage, notFoundPage } from './harvest-page';

const SLUG = /^[a-z0-9-]{1,80}$/;
const FILES = {
  'oogst.pdf': { type: 'application/pdf', render: renderPdf },
  'oogst.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
} as const;

/** /oogst/<slug>: the public harvest, for anyone with the link, as a page and as PDF or DOCX. */
@Controller('oogst')
export class PublicHarvestController {
  constructor(
    private readonly http: HttpOperations,
    private readonly harvests: HarvestsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':slug')
  async page(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string, @Query('taal') taal?: string): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const version = await this.http.run(req, res, async (ctx) => (SLUG.test(slug) ? this.harvests.publicVersion(ctx, slug) : null));
    if (res.headersSent) return;
    if (!version) {
      res.status(404).type('text/html; charset=utf-8').send(notFoundPage(language));
      return;
    }
    // The latest public version may be replaced by a newer one; a short cache keeps it fresh.
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.type('text/html; charset=utf-8').send(harvestPage(version.content, slug, language));
  }

  @Get(':slug/:file')
  async download(@Req() req: Request, @Res() res: Response, @Param('slug') slug: string, @Param('file') file: string, @Query('taal') taal?: string): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const kind = FILES[file as keyof typeof FILES];
    const result = await this.http.run(req, res, async (ctx) => {
      const version = kind && SLUG.test(slug) ? await this.harvests.publicVersion(ctx, slug) : null;
      if (!version) return null;
      const bytes = await kind.render(harvestDocument(version.content, language));
      await this.audit.record(ctx.em, { networkId: null, actorUserId: ctx.userId, action: 'harvest.exported', targetType: 'harvest', targetId: version.harvestId, data: { file, number: version.number, public: true }, ip: ctx.ip });
      return { bytes, name: `${slug}-versie-${version.number}.${file.split('.').pop()}` };
    });
    if (res.headersSent) return;
    if (!result) {
      res.status(404).type('text/html; charset=utf-8').send(notFoundPage(language));
      return;
    }
    res.setHeader('Content-Type', kind.type);
    res.setHeader('Content-Disposition', contentDisposition(result.name));
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.send(result.bytes);
  }
}
