import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, badUserInput, conflict, idempotent, type RequestContext } from '@kijkje/api/core';
import { DEFAULT_THEMES, canTransitionProgramme, defaultFramework, programmeViolationMessages } from '@kijkje/domain';
import type { ChangeProgrammeStatusInput } from './dto/change-programme-status.input';
import type { CreateProgrammeInput } from './dto/create-programme.input';
import { Programme } from './programme.entity';

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<Programme[]> {
    const networkId = await this.access.inNetwork(ctx, 'programme.list');
    return ctx.em.find(Programme, { where: { networkId }, order: { createdAt: 'DESC' } });
  }

  async get(ctx: RequestContext, id: string): Promise<Programme> {
    const networkId = await this.access.inNetwork(ctx, 'programme.list');
    const programme = await ctx.em.findOneBy(Programme, { id, networkId });
    return programme ?? this.access.notVisible(ctx, 'programme', id);
  }

  async create(ctx: RequestContext, input: CreateProgrammeInput): Promise<Programme> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    const themes = input.themes?.length ? input.themes : [...DEFAULT_THEMES];
    if (new Set(themes.map((t) => t.toLocaleLowerCase('nl'))).size !== themes.length || themes.some((t) => !t)) {
      throw badUserInput([{ field: 'themes', messages: programmeViolationMessages.DUPLICATE_THEME }]);
    }
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'createProgramme', key: input.idempotencyKey },
      async () => {
        const taken = await ctx.em.findOneBy(Programme, { networkId, name: input.name });
        if (taken) {
          throw badUserInput([{ field: 'name', messages: { nl: 'Er is al een programma met deze naam.', en: 'A programme with this name already exists.' } }]);
        }
        const programme = await ctx.em.save(
          ctx.em.create(Programme, {
            networkId,
            name: input.name,
            description: input.description ?? '',
            themes,
            framework: defaultFramework(themes),
            places: input.places,
            signUpOpensAt: input.signUpOpensAt ?? null,
            signUpClosesAt: input.signUpClosesAt ?? null,
            defaultSharing: input.defaultSharing,
            status: 'DRAFT',
            createdBy: ctx.userId,
          }),
        );
        await this.audit.record(ctx.em, { networkId, actorUserId: ctx.userId, action: 'programme.created', targetType: 'programme', targetId: programme.id, ip: ctx.ip });
        return programme;
      },
      (id) => ctx.em.findOneBy(Programme, { id, networkId }),
    );
  }

  /** Guarded life-cycle step; the caller's version must be current (REL-02). */
  async changeStatus(ctx: RequestContext, input: ChangeProgrammeStatusInput): Promise<Programme> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    const programme = await ctx.em.findOneBy(Programme, { id: input.id, networkId });
    if (!programme) return this.access.notVisible(ctx, 'programme', input.id);
    const violations = canTransitionProgramme(programme.status, input.status, {
      signUpOpensAt: programme.signUpOpensAt,
      signUpClosesAt: programme.signUpClosesAt,
      places: programme.places,
      themes: programme.themes,
    });
    if (violations.length) throw badUserInput(violations.map((code) => ({ field: 'status', messages: programmeViolationMessages[code] })));
    const [rows] = await ctx.em.query(
      `UPDATE programme SET status = $3, version = version + 1 WHERE id = $1 AND network_id = $2 AND version = $4 RETURNING id`,
      [programme.id, networkId, input.status, input.version],
    );
    if (!rows.length) throw conflict(programme.version);
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'programme.status_changed',
      targetType: 'programme',
      targetId: programme.id,
      data: { from: programme.status, to: input.status },
      ip: ctx.ip,
    });
    return (await ctx.em.findOneBy(Programme, { id: programme.id, networkId }))!;
  }
}
