import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { HttpOperations, notFound } from '@kijkje/api/core';
import { contentDisposition, renderPdf } from '@kijkje/api/documents';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { portfolioDocument, portfolioMarkdown } from './portfolio';
import { TrackAccess } from './track-access.service';
import { TrackCasesService } from './track-cases.service';
import { caseView } from './track-views';

const TYPES = { md: 'text/markdown; charset=utf-8', pdf: 'application/pdf' } as const;

/**
 * /export/portfolio/<participant>/<md|pdf>: a case log as the participant's portfolio, for the
 * participant and the track's facilitators (mayExportPortfolio); a peer who reads the shared case
 * finds no file, exactly as anyone who may not read the case finds nothing.
 */
@Controller('export/portfolio')
export class PortfolioController {
  constructor(
    private readonly http: HttpOperations,
    private readonly cases: TrackCasesService,
    private readonly access: TrackAccess,
  ) {}

  @Get(':participantId/:format')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Param('participantId') participantId: string,
    @Param('format') format: string,
    @Query('taal') taal?: string,
  ): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const file = await this.http.run(req, res, async (ctx) => {
      if (!isUUID(participantId) || !(format in TYPES)) throw notFound();
      const k = await this.cases.read(ctx, participantId);
      if (!k.rights.exportPortfolio) return this.access.notVisible(ctx, 'trackCase', participantId);
      const view = await caseView(ctx, k);
      const bytes = format === 'pdf' ? await renderPdf(portfolioDocument(view, language)) : Buffer.from(portfolioMarkdown(view, language), 'utf8');
      await this.access.record(ctx, k.t.networkId, 'track.portfolio_exported', k.t.track.id, { participantId, format });
      return { bytes, name: `portfolio-${view.ownerName}.${format}` };
    });
    if (!file) return;
    res.setHeader('Content-Type', TYPES[format as keyof typeof TYPES]);
    res.setHeader('Content-Disposition', contentDisposition(file.name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.bytes);
  }
}
