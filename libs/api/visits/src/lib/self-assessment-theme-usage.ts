import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainHooks } from '@kijkje/api/core';

/** A theme a host has already answered questions for in a self-assessment cannot be removed from the programme. */
@Injectable()
export class SelfAssessmentThemeUsage implements OnModuleInit {
  constructor(private readonly hooks: DomainHooks) {}

  onModuleInit(): void {
    this.hooks.on('programme.themes_removing', async (ctx, { networkId, programmeId, themes, inUse }) => {
      // Answers are stored under theme:<theme>:<KEY>, blank ones are not stored at all.
      const rows: { theme: string; n: number }[] = await ctx.em.query(
        `SELECT t.theme, count(DISTINCT v.id)::int AS n
           FROM unnest($3::text[]) AS t(theme)
           JOIN round r ON r.network_id = $1 AND r.programme_id = $2
           JOIN visit v ON v.network_id = r.network_id AND v.round_id = r.id
          WHERE EXISTS (SELECT 1 FROM jsonb_object_keys(v.answers) AS k(key) WHERE starts_with(k.key, 'theme:' || t.theme || ':'))
          GROUP BY t.theme`,
        [networkId, programmeId, themes],
      );
      for (const row of rows) inUse(row.theme, 'selfAssessments', row.n);
    });
  }
}
