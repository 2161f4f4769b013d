import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { contentDisposition, renderPdf } from '@kijkje/api/documents';
import type { Request, Response } from 'express';
import { notFound } from '../errors/app-error';
import { HttpOperations } from '../http/http-operations';
import { AccessService } from '../tenancy/access.service';
import { personalDocument } from './personal-document';
import { PersonalExportService } from './personal-export.service';

const TYPES = { json: 'application/json; charset=utf-8', pdf: 'application/pdf' } as const;
type Format = keyof typeof TYPES;

/**
 * "Mijn gegevens": the signed-in person downloads everything Kijkje keeps about them, as JSON (to
 * take elsewhere) or as a readable PDF. Only ever their own: the session decides whose, nothing in
 * the address does. Made on request (a second or so), never cached, audited.
 */
@Controller('export/mijn-gegevens')
export class PrivacyExportController {
  constructor(
    private readonly http: HttpOperations,
    private readonly access: AccessService,
    private readonly exports: PersonalExportService,
  ) {}

  @Get(':format')
  async download(@Req() req: Request, @Res() res: Response, @Param('format') format: string, @Query('taal') taal?: string): Promise<void> {
    const file = await this.http.run(req, res, async (ctx) => {
      const session = this.access.signedIn(ctx);
      if (!(format in TYPES)) throw notFound();
      const data = await this.exports.export(ctx, session, format as Format);
      const stamp = data.generatedAt.slice(0, 10);
      if (format === 'json') return { bytes: Buffer.from(JSON.stringify(data, null, 2), 'utf8'), name: `mijn-gegevens-kijkje-${stamp}.json` };
      const language = taal === 'en' || taal === 'nl' ? taal : data.account.language === 'en' ? 'en' : 'nl';
      return { bytes: await renderPdf(personalDocument(data, language)), name: `mijn-gegevens-kijkje-${stamp}.pdf` };
    });
    if (!file) return;
    res.setHeader('Content-Type', TYPES[format as Format]);
    res.setHeader('Content-Disposition', contentDisposition(file.name));
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.bytes);
  }
}
