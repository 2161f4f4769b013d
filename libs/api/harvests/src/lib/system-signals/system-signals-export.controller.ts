import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditService, HttpOperations, fieldError, unauthenticated } from '@kijkje/api/core';
import { contentDisposition } from '@kijkje/api/documents';
import { systemSignalsCsv } from '@kijkje/domain';
import type { Request, Response } from 'express';
import { SystemSignalsService } from './system-signals.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A harvest's systeemsignalen as CSV for national partners: the same readers and second-factor policy
 * as the PDF and DOCX. With ?versie=N, those one published version froze.
 */
@Controller('export/systeemsignalen')
export class SystemSignalsExportController {
  constructor(
    private readonly http: HttpOperations,
    private readonly signals: SystemSignalsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':harvestId')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Param('harvestId') harvestId: string,
    @Query('taal') taal?: string,
    @Query('versie') versie?: string,
  ): Promise<void> {
    const file = await this.http.run(req, res, async (ctx) => {
      if (!UUID.test(harvestId)) throw fieldError('harvestId', 'Niet gevonden.', 'Not found.');
      if (!ctx.session) throw unauthenticated();
      const asked = versie === undefined ? null : Number(versie);
      const { harvest, number, rows } =
        asked !== null && Number.isInteger(asked) && asked > 0
          ? await this.signals.ofVersion(ctx, harvestId, asked)
          : await this.signals.forHarvest(ctx, harvestId);
      await this.audit.record(ctx.em, {
        networkId: ctx.networkId,
        actorUserId: ctx.userId,
        action: 'harvest.exported',
        targetType: 'harvest',
        targetId: harvestId,
        data: { format: 'csv', part: 'systemSignals', number },
        ip: ctx.ip,
      });
      return { text: systemSignalsCsv(rows, taal === 'en' ? 'en' : 'nl'), name: `${harvest.slug}${number ? `-versie-${number}` : ''}-systeemsignalen.csv` };
    });
    if (!file) return;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', contentDisposition(file.name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.text);
  }
}
