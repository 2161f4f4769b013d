import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { HttpOperations, fieldError } from '@kijkje/api/core';
import type { Request, Response } from 'express';
import { HarvestVersionsService } from '../harvest-versions.service';
import { HarvestsService } from '../harvests.service';
import { harvestPage } from './harvest-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /export/oogst-voorbeeld/<id>: for the network's coordinators, the public page exactly as publishing
 * the draft now would make it, before they confirm. Never cached, never indexed.
 */
@Controller('export/oogst-voorbeeld')
export class HarvestPreviewController {
  constructor(
    private readonly http: HttpOperations,
    private readonly harvests: HarvestsService,
    private readonly versions: HarvestVersionsService,
  ) {}

  @Get(':harvestId')
  async preview(@Req() req: Request, @Res() res: Response, @Param('harvestId') harvestId: string, @Query('taal') taal?: string): Promise<void> {
    const language = taal === 'en' ? 'en' : 'nl';
    const html = await this.http.run(req, res, async (ctx) => {
      if (!UUID.test(harvestId)) throw fieldError('harvestId', 'Niet gevonden.', 'Not found.');
      const harvest = await this.harvests.get(ctx, harvestId);
      const content = await this.harvests.snapshot(ctx, harvest, await this.versions.nextNumber(ctx, harvest), new Date());
      return harvestPage(content, harvest.slug, language, `/export/oogst-voorbeeld/${harvest.id}`);
    });
    if (html === undefined) return;
    res.setHeader('Cache-Control', 'private, no-store');
    res.type('text/html; charset=utf-8').send(html);
  }
}
