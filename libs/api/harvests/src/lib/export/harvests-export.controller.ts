import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditService, HttpOperations, fieldError, unauthenticated } from '@kijkje/api/core';
import { contentDisposition, renderDocx, renderPdf } from '@kijkje/api/documents';
import type { Request, Response } from 'express';
import { HarvestVersionsService } from '../harvest-versions.service';
import { harvestDocument } from './harvest-document';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/** A published harvest version as PDF or DOCX, for members of the network (any visibility). */
@Controller('export/oogst')
export class HarvestsExportController {
  constructor(
    private readonly http: HttpOperations,
    private readonly versions: HarvestVersionsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':harvestId/:format')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Param('harvestId') harvestId: string,
    @Param('format') format: string,
    @Query('versie') versie?: string,
    @Query('taal') taal?: string,
  ): Promise<void> {
    const file = await this.http.run(req, res, async (ctx) => {
      if (!UUID.test(harvestId) || !(format in TYPES)) throw fieldError('harvestId', 'Niet gevonden.', 'Not found.');
      if (!ctx.session) throw unauthenticated();
      const number = versie === undefined ? undefined : Number(versie);
      const version = await this.versions.publishedVersion(ctx, harvestId, Number.isInteger(number) ? number : undefined);
      const doc = harvestDocument(version.content, taal === 'en' ? 'en' : 'nl');
      const bytes = format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
      await this.audit.record(ctx.em, {
        networkId: ctx.networkId,
        actorUserId: ctx.userId,
        action: 'harvest.exported',
        targetType: 'harvest',
        targetId: harvestId,
        data: { format, number: version.number },
        ip: ctx.ip,
      });
      return { bytes, name: `${version.slug}-versie-${version.number}.${format}` };
    });
    if (!file) return;
    res.setHeader('Content-Type', TYPES[format as keyof typeof TYPES]);
    res.setHeader('Content-Disposition', contentDisposition(file.name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.bytes);
  }
}
