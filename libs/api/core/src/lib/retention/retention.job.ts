import { Injectable, type OnModuleInit } from '@nestjs/common';
import { materialExpired, meetingMaterialExpired, nextDailyAt, RETENTION_HOUR } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { PeriodicJob } from '../schedule/periodic-job';
import { Scheduler } from '../schedule/scheduler';
import {
  closedProgrammes,
  enterRetentionScope,
  meetingsWithMaterial,
  recordRemoval,
  removeMaterial,
  removeMeetingMaterial,
  retentionNetworks,
} from './retention.queries';

/**
 * Retention of visit material, daily at 03:00 Dutch time: in each network, every closed
 * programme whose material has outlived the network's retention (libs/domain materialExpired)
 * loses its preparations, findings, comments, replies, reports and their versions and its
 * teams; the programme, its rounds and visits stay as a skeleton, and harvests (with their
 * published, frozen versions) are not touched. Each removal is kept in retention_record (counts,
 * no content) and audited as programme.material_expired. The scheduler runs it once per day
 * across every process; the record's unique index keeps each programme to one removal.
 */
@Injectable()
export class RetentionJob implements PeriodicJob, OnModuleInit {
  readonly name = 'retention';

  constructor(
    private readonly scheduler: Scheduler,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  nextRun(after: Date): Date {
    return nextDailyAt(after, RETENTION_HOUR);
  }

  async run(em: EntityManager, now: Date): Promise<void> {
    for (const network of await retentionNetworks(em)) {
      // Everything below reads and writes under this network's scope only.
      await enterRetentionScope(em, network.id);
      for (const programme of await closedProgrammes(em, network.id)) {
        if (!materialExpired({ status: 'CLOSED', closedAt: programme.closedAt }, network.retentionYears, now)) continue;
        const counts = await removeMaterial(em, network.id, programme.id);
        const fact = { networkId: network.id, programmeId: programme.id, retentionYears: network.retentionYears, closedAt: programme.closedAt };
        if (!(await recordRemoval(em, { ...fact, removedAt: now, counts }))) continue;
        await this.audit.record(em, {
          networkId: network.id,
          actorUserId: null,
          action: 'programme.material_expired',
          targetType: 'programme',
          targetId: programme.id,
          data: { retentionYears: network.retentionYears, closedAt: programme.closedAt, counts },
        });
      }
      // Work meetings: their cards and registrations, once the retention has passed since the meeting.
      for (const meeting of await meetingsWithMaterial(em, network.id)) {
        if (!meetingMaterialExpired(meeting.endsAt, network.retentionYears, now)) continue;
        const counts = await removeMeetingMaterial(em, network.id, meeting.id);
        await this.audit.record(em, {
          networkId: network.id,
          actorUserId: null,
          action: 'meeting.material_expired',
          targetType: 'meeting',
          targetId: meeting.id,
          data: { retentionYears: network.retentionYears, endsAt: meeting.endsAt, counts },
        });
      }
    }
    await enterRetentionScope(em, '');
  }
}
