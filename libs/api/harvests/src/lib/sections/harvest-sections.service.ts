import { Injectable } from '@nestjs/common';
import { badUserInput, type RequestContext } from '@kijkje/api/core';
import { comparedProgrammesProblem, harvestProgrammeMessages } from '@kijkje/domain';
import type { UpdateHarvestSectionsInput } from '../dto/harvest-sections.input';
import type { Harvest } from '../harvest.entity';
import { HarvestsService } from '../harvests.service';
import { programmesOfNetwork, replaceComparedProgrammes } from './harvest-sections.queries';

/** The coordinator chooses a harvest's extra parts: programmes to compare with, the cijfers, the evaluation counts. */
@Injectable()
export class HarvestSectionsService {
  constructor(private readonly harvests: HarvestsService) {}

  /**
   * Changes what is given, in one transaction with the draft's version (stale → CONFLICT) and an
   * audit entry. Compared programmes must be other programmes of the harvest's own network
   * (comparedProgrammesProblem); one of another network reads as unknown.
   */
  async update(ctx: RequestContext, input: UpdateHarvestSectionsInput): Promise<Harvest> {
    const harvest = await this.harvests.get(ctx, input.id, true);
    const compared = input.comparedProgrammeIds ?? null;
    if (compared) {
      const problem = comparedProgrammesProblem(harvest.programmeId, compared, await programmesOfNetwork(ctx.em, harvest.networkId, compared));
      if (problem) throw badUserInput([{ field: 'comparedProgrammeIds', messages: harvestProgrammeMessages[problem] }]);
    }
    const updated = await this.harvests.versioned(
      ctx,
      harvest,
      input.version,
      'harvest.updated',
      {
        ...(input.indicators != null ? { showIndicators: input.indicators } : {}),
        ...(input.evaluation != null ? { showEvaluation: input.evaluation } : {}),
      },
      { comparedProgrammeIds: compared, indicators: input.indicators ?? null, evaluation: input.evaluation ?? null },
    );
    if (compared) await replaceComparedProgrammes(ctx.em, harvest.networkId, harvest.id, compared);
    return updated;
  }
}
