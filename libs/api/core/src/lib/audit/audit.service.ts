import { Injectable, Logger } from '@nestjs/common';
import type { AuditAction } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { writeWithNext } from '../database/round-trips';
import { SidePool } from '../database/side-pool';
import { jsonbText } from '../database/jsonb-text';
import { reportFailure } from '../errors/database-status';

/** Errors go to the structured log, without the failed query's parameters (see errorForLog). */
const log = new Logger('Audit');

export interface AuditEntry {
  networkId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
  ip?: string | null;
}

const INSERT = `INSERT INTO audit_event (network_id, actor_user_id, action, target_type, target_id, data, ip)
                VALUES ($1, $2, $3, $4, $5, $6, $7)`;

const params = (e: AuditEntry) => [e.networkId, e.actorUserId, e.action, e.targetType ?? null, e.targetId ?? null, jsonbText(e.data ?? {}), e.ip ?? null];

/** Append-only audit trail (SEC-10). */
@Injectable()
export class AuditService {
  constructor(private readonly side: SidePool) {}

  /** Part of the operation's transaction: written only if the change itself commits (sent with the next statement). */
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await writeWithNext(em, INSERT, params(entry));
  }

  /**
   * On a connection of its own (see SidePool), for events that must survive the operation failing: denials
   * and failed sign-ins.
   */
  async recordDetached(entry: AuditEntry): Promise<void> {
    await this.side
      .scoped(entry.networkId, entry.actorUserId, INSERT, params(entry))
      .catch((error) => reportFailure(error, (e) => log.error({ err: e }, 'audit write failed')));
  }
}
