import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import { Programme } from '@kijkje/api/programmes';
import { UpdateHarvestSectionsInput } from '../dto/harvest-sections.input';
import { Harvest } from '../harvest.entity';
import { comparisonView, evaluationView, indicatorView } from './harvest-sections.mapper';
import { comparedProgrammes, harvestComparison, harvestEvaluationSection, harvestIndicators } from './harvest-sections.facts';
import { HarvestSectionsService } from './harvest-sections.service';
import { HarvestEvaluationView, HarvestIndicatorView, ProgrammeComparisonView } from './harvest-sections.views';

/** A draft's extra parts, as publishing now would freeze them, and the coordinator's choice of them. */
@Resolver(() => Harvest)
export class HarvestSectionsResolver {
  constructor(private readonly sections: HarvestSectionsService) {}

  @Mutation(() => Harvest, {
    description:
      'Coordinator: programmes to compare with (same network only), the cijfers, the evaluation counts and the work meetings (same network only); a stale version gives CONFLICT.',
  })
  updateHarvestSections(@Ctx() ctx: RequestContext, @Args('input') input: UpdateHarvestSectionsInput): Promise<Harvest> {
    return this.sections.update(ctx, input);
  }

  @ResolveField(() => [Programme], { description: 'The other programmes the harvest compares its own with, in order.' })
  comparedProgrammes(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<Programme[]> {
    return comparedProgrammes(ctx, harvest);
  }

  @ResolveField(() => ProgrammeComparisonView, {
    nullable: true,
    description: 'The comparison as the draft would publish it now; null without other programmes.',
  })
  async comparison(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<ProgrammeComparisonView | null> {
    const comparison = await harvestComparison(ctx, harvest);
    return comparison ? comparisonView(comparison) : null;
  }

  @ResolveField(() => [HarvestIndicatorView], { nullable: true, description: 'Cijfers as the draft would publish them now; null when switched off.' })
  async indicators(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestIndicatorView[] | null> {
    return (await harvestIndicators(ctx, harvest))?.map(indicatorView) ?? null;
  }

  @ResolveField(() => HarvestEvaluationView, {
    nullable: true,
    description: 'The evaluation counts as the draft would publish them now; null when switched off.',
  })
  async evaluation(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestEvaluationView | null> {
    const evaluation = await harvestEvaluationSection(ctx, harvest);
    return evaluation ? evaluationView(evaluation) : null;
  }
}
