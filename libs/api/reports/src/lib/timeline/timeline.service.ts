import { Injectable } from '@nestjs/common';
import { AccessService, badUserInput, type RequestContext } from '@kijkje/api/core';
import { can, timelineAccess, timelineNoOrganisation, timelineOrder, timelineVisit } from '@kijkje/domain';
import { timelineFacts } from './timeline.queries';
import type { OrganisationTimelineView } from './timeline.views';

/** The timeline of a host organisation (libs/domain timeline: who sees texts, who figures). */
@Injectable()
export class TimelineService {
  constructor(private readonly access: AccessService) {}

  async timeline(ctx: RequestContext, organisationId: string | null): Promise<OrganisationTimelineView> {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    const own = ctx.membership?.organisationId ?? null;
    const id = organisationId ?? own;
    if (!id) throw badUserInput([{ field: 'organisationId', messages: timelineNoOrganisation }]);
    const access = timelineAccess(id === own, can(ctx.actor!, 'programme.manage'));
    const row = access === 'none' ? null : await timelineFacts(ctx.em, networkId, id);
    if (access === 'none' || !row) return this.access.notVisible(ctx, 'organisationTimeline', id);
    return {
      organisationId: row.id,
      name: row.name,
      content: access === 'content',
      visits: timelineOrder(row.visits ?? []).map((v) => timelineVisit(v, access)),
    };
  }
}
