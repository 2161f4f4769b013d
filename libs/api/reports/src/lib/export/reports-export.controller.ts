import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditService, HttpOperations, fieldError } from '@kijkje/api/core';
import { contentDisposition, renderDocx, renderPdf } from '@kijkje/api/documents';
import { slugify } from '@kijkje/domain';
import type { Request, Response } from 'express';
import { ReportsService } from '../reports.service';
import { reportDocument } from './report-document';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const EXPORT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type ExportFormat = keyof typeof EXPORT_TYPES;

/**
 * Downloads of a visit report as PDF or DOCX, for whoever may read it: the same policy as on
 * screen, in one scoped transaction, and audited. Rendering takes a fraction of a second, so the
 * file is made on request rather than through the job queue.
 */
@Controller('export/bezoekverslag')
export class ReportsExportController {
  constructor(
    private readonly http: HttpOperations,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':visitId/:format')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Param('visitId') visitId: string,
    @Param('format') format: string,
    @Query('versie') versie?: string,
    @Query('taal') taal?: string,
  ): Promise<void> {
    const file = await this.http.run(req, res, async (ctx) => {
      if (!UUID.test(visitId) || !(format in EXPORT_TYPES)) throw fieldError('visitId', 'Niet gevonden.', 'Not found.');
      const revision = versie === undefined ? undefined : Number(versie);
      if (revision !== undefined && !Number.isInteger(revision)) throw fieldError('versie', 'Dit is geen versienummer.', 'This is not a version number.');
      const standing = await this.reports.require(ctx, visitId);
      if (revision !== undefined && !(await this.reports.revisions(ctx, standing)).some((r) => r.number === revision))
        await this.reports.notVisible(ctx, visitId);
      const language = taal === 'en' ? 'en' : 'nl';
      const doc = reportDocument(await this.reports.contentFor(ctx, standing, revision), language);
      const bytes = format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
      await this.audit.record(ctx.em, {
        networkId: ctx.networkId,
        actorUserId: ctx.userId,
        action: 'report.exported',
        targetType: 'visit',
        targetId: visitId,
        data: { format, revision: revision ?? null, bytes: bytes.length },
        ip: ctx.ip,
      });
      return { bytes, name: `${slugify(doc.title) || 'bezoekverslag'}${revision ? `-versie-${revision}` : ''}.${format}` };
    });
    if (!file) return;
    res.setHeader('Content-Type', EXPORT_TYPES[format as ExportFormat]);
    res.setHeader('Content-Disposition', contentDisposition(file.name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.bytes);
  }
}
