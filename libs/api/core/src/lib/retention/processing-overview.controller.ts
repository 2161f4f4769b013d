import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { processingOverviewCsv } from '@kijkje/domain';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { fieldError, unauthenticated } from '../errors/app-error';
import { HttpOperations } from '../http/http-operations';
import { RetentionService } from './retention.service';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

/** The processing overview as CSV or JSON, for the coordinators of the current network, to feed the municipality's register. */
@Controller('export/verwerkingsoverzicht')
export class ProcessingOverviewController {
  constructor(
    private readonly http: HttpOperations,
    private readonly retention: RetentionService,
    private readonly audit: AuditService,
  ) {}

  @Get(':format')
  async download(@Req() req: Request, @Res() res: Response, @Param('format') format: string, @Query('taal') taal?: string): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const file = await this.http.run(req, res, async (ctx) => {
      if (!(format in TYPES)) throw fieldError('format', 'Kies csv of json.', 'Choose csv or json.');
      if (!ctx.session) throw unauthenticated();
      const overview = await this.retention.overview(ctx);
      await this.audit.record(ctx.em, {
        networkId: ctx.networkId,
        actorUserId: ctx.userId,
        action: 'network.processing_overview_exported',
        targetType: 'network',
        targetId: ctx.networkId ?? undefined,
        data: { format, language },
        ip: ctx.ip,
      });
      const body = format === 'csv' ? processingOverviewCsv(overview.activities, language) : JSON.stringify(overview, null, 2);
      const name = language === 'en' ? 'processing-overview' : 'verwerkingsoverzicht';
      return { body, name: `${name}.${format}` };
    });
    if (!file) return;
    res.setHeader('Content-Type', TYPES[format as keyof typeof TYPES]);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  }
}
