import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainHooks } from '@kijkje/api/core';

/**
 * A theme that findings are about cannot be removed from the programme. Drafts are left out: the
 * coordinator may not even know they exist (DOMAIN.md), and their author can still change the theme.
 */
@Injectable()
export class FindingThemeUsage implements OnModuleInit {
  constructor(private readonly hooks: DomainHooks) {}

  onModuleInit(): void {
    this.hooks.on('programme.themes_removing', async (ctx, { networkId, programmeId, themes, inUse }) => {
      const rows: { theme: string; n: number }[] = await ctx.em.query(
        `SELECT f.theme, count(*)::int AS n
           FROM finding f
           JOIN visit v ON v.id = f.visit_id AND v.network_id = f.network_id
           JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
          WHERE f.network_id = $1 AND r.programme_id = $2 AND f.theme = ANY($3::text[]) AND f.status <> 'DRAFT'
          GROUP BY f.theme`,
        [networkId, programmeId, themes],
      );
      for (const row of rows) inUse(row.theme, 'findings', row.n);
    });
  }
}
