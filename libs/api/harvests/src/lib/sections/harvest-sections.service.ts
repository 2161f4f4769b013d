import { Injectable } from '@nestjs/common';
import { badUserInput, type RequestContext } from '@kijkje/api/core';
import { chosenMeetingsProblem, comparedProgrammesProblem, harvestMeetingChoiceMessages, harvestProgrammeMessages } from '@kijkje/domain';
import type { UpdateHarvestSectionsInput } from '../dto/harvest-sections.input';
import type { Harvest } from '../harvest.entity';
import { HarvestsService } from '../harvests.service';
import { meetingsOfNetwork } from '../meetings/harvest-meetings.queries';
import { programmesOfNetwork, replaceComparedProgrammes } from './harvest-sections.queries';

/** The coordinator chooses a harvest's extra parts: programmes to compare with, the cijfers, the evaluation counts, the work meetings. */
@Injectable()
export class HarvestSectionsService {
  constructor(private readonly harvests: HarvestsService) {}

  /**
   * Changes what is given, in one transaction with the draft's version (stale → CONFLICT) and an
   * audit entry. Compared programmes must be other programmes of the harvest's own network
   * (comparedProgrammesProblem); one of another network reads as unknown. So does a chosen meeting
   * (chosenMeetingsProblem).
   */
  async update(ctx: RequestContext, input: UpdateHarvestSectionsInput): Promise<Harvest> {
    const harvest = await this.harvests.get(ctx, input.id, true);
    const compared = input.comparedProgrammeIds ?? null;
    if (compared) {
      const problem = comparedProgrammesProblem(harvest.programmeId, compared, await programmesOfNetwork(ctx.em, harvest.networkId, compared));
      if (problem) throw badUserInput([{ field: 'comparedProgrammeIds', messages: harvestProgrammeMessages[problem] }]);
    }
    const meetingIds = input.meetingIds ?? null;
    if (meetingIds) {
      const problem = chosenMeetingsProblem(meetingIds, await meetingsOfNetwork(ctx.em, harvest.networkId, meetingIds));
      if (problem) throw badUserInput([{ field: 'meetingIds', messages: harvestMeetingChoiceMessages[problem] }]);
    }
    const updated = await this.harvests.versioned(
      ctx,
      harvest,
      input.version,
      'harvest.updated',
      {
        ...(input.indicators != null ? { showIndicators: input.indicators } : {}),
        ...(input.evaluation != null ? { showEvaluation: input.evaluation } : {}),
        ...(input.meetings != null ? { showMeetings: input.meetings } : {}),
        ...(meetingIds ? { meetingIds } : {}),
      },
      {
        comparedProgrammeIds: compared,
        indicators: input.indicators ?? null,
        evaluation: input.evaluation ?? null,
        meetings: input.meetings ?? null,
        meetingIds,
      },
    );
    if (compared) await replaceComparedProgrammes(ctx.em, harvest.networkId, harvest.id, compared);
    return updated;
  }
}
