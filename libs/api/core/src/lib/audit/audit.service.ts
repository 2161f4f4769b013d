import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { tenantTransaction } from '../database/tenant-transaction';

export interface AuditEntry {
  networkId: string | null;
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
  ip?: string | null;
}

const INSERT = `INSERT INTO audit_event (network_id, actor_user_id, action, target_type, target_id, data, ip)
                VALUES ($1, $2, $3, $4, $5, $6, $7)`;

const params = (e: AuditEntry) => [
  e.networkId,
  e.actorUserId,
  e.action,
  e.targetType ?? null,
  e.targetId ?? null,
  JSON.stringify(e.data ?? {}),
  e.ip ?? null,
];

/** Append-only audit trail (SEC-10). */
@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  /** Part of the operation's transaction: written only if the change itself commits. */
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await em.query(INSERT, params(entry));
  }

  /**
   * In a transaction of its own, for events that must survive the operation failing: denials
   * and failed sign-ins.
   */
  async recordDetached(entry: AuditEntry): Promise<void> {
    await tenantTransaction(this.ds, { networkId: entry.networkId, userId: entry.actorUserId }, (em) => this.record(em, entry)).catch(
      (error) => console.error('audit write failed', error),
    );
  }
}
