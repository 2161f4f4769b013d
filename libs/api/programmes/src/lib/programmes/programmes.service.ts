import type { GraphQLResolveInfo } from 'graphql';
import { PROGRAMME_BY_ID } from './programme.read';
import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  DomainHooks,
  badUserInput,
  expectVersion,
  idempotent,
  readPlanned,
  updateVersioned,
  type FieldError,
  type RequestContext,
} from '@kijkje/api/core';
import {
  DEFAULT_DEADLINE_SETTINGS,
  PROGRESS_REVIEW_MONTHS,
  normaliseProgressMonths,
  progressMonthsInvalid,
  progressMonthsValid,
  DEFAULT_THEMES,
  canTransitionProgramme,
  changedProgrammeFields,
  checkProgrammePlaces,
  checkProgrammeEdit,
  defaultFramework,
  frameworkViolationMessages,
  frameworkViolationPath,
  programmeEditViolationField,
  programmeEditViolationMessage,
  programmeViolationMessages,
  removedThemes,
  reviseFramework,
  reviseThemes,
  themeViolationMessages,
  themeViolationPath,
  type FrameworkSectionDraft,
  type PreparationFramework,
  type ProgrammeEditable,
  type ThemeUsage,
} from '@kijkje/domain';
import { ApplicationsService } from '../applications/applications.service';
import { lockProgramme, placesTaken, programmeNameTaken, themeUsageInApplications } from '../programmes.queries';
import type { ChangeProgrammeStatusInput } from './dto/change-programme-status.input';
import type { CreateProgrammeInput } from './dto/create-programme.input';
import type { UpdateProgrammeInput } from './dto/update-programme.input';
import { Programme, frameworkOf, type SharingLevel } from './programme.entity';

const NAME_TAKEN = { nl: 'Er is al een programma met deze naam.', en: 'A programme with this name already exists.' };

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly hooks: DomainHooks,
    private readonly applications: ApplicationsService,
  ) {}

  async list(ctx: RequestContext): Promise<Programme[]> {
    const networkId = await this.access.inNetwork(ctx, 'programme.list');
    return ctx.em.find(Programme, { where: { networkId }, order: { createdAt: 'DESC' } });
  }

  /** `programme(id)`: the whole selection in one statement where it compiles (programme.read.ts), else as `get`. */
  async read(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<Programme> {
    await this.access.inNetwork(ctx, 'programme.list');
    return (await readPlanned<Programme>(ctx, info, PROGRAMME_BY_ID, [id])) ?? this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<Programme> {
    const networkId = await this.access.inNetwork(ctx, 'programme.list');
    const programme = await ctx.em.findOneBy(Programme, { id, networkId });
    return programme ?? this.access.notVisible(ctx, 'programme', id);
  }

  async create(ctx: RequestContext, input: CreateProgrammeInput): Promise<Programme> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    const themes = reviseThemesOrThrow(input.themes?.length ? input.themes : [...DEFAULT_THEMES]);
    const framework = reviseFrameworkOrThrow(defaultFramework(themes), themes, input.framework ?? undefined);
    const places = checkProgrammePlaces(input.places);
    if (places.length) throw badUserInput(places.map((code) => ({ field: 'places', messages: programmeViolationMessages[code] })));
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'createProgramme', key: input.idempotencyKey },
      async () => {
        const taken = await ctx.em.findOneBy(Programme, { networkId, name: input.name });
        if (taken) throw badUserInput([{ field: 'name', messages: NAME_TAKEN }]);
        const programme = await ctx.em.save(
          ctx.em.create(Programme, {
            networkId,
            name: input.name,
            description: input.description ?? '',
            themes,
            framework,
            places: input.places,
            signUpOpensAt: input.signUpOpensAt ?? null,
            signUpClosesAt: input.signUpClosesAt ?? null,
            defaultSharing: input.defaultSharing,
            preparationDaysBefore: input.preparationDaysBefore ?? DEFAULT_DEADLINE_SETTINGS.preparationDaysBefore,
            replyDays: input.replyDays ?? DEFAULT_DEADLINE_SETTINGS.replyDays,
            reportWeeksAfter: input.reportWeeksAfter ?? DEFAULT_DEADLINE_SETTINGS.reportWeeksAfter,
            progressReviewMonths: input.progressReviewMonths ? progressMonthsOrThrow(input.progressReviewMonths) : [...PROGRESS_REVIEW_MONTHS],
            status: 'DRAFT',
            createdBy: ctx.userId,
          }),
        );
        await this.audit.record(ctx.em, {
          networkId,
          actorUserId: ctx.userId,
          action: 'programme.created',
          targetType: 'programme',
          targetId: programme.id,
          ip: ctx.ip,
        });
        return programme;
      },
      (id) => ctx.em.findOneBy(Programme, { id, networkId }),
    );
  }

  /**
   * A coordinator's edit. The programme row is locked first, so the guards (places taken, themes in
   * use) are decided on what the update will overwrite; the update itself still only applies to the
   * version the coordinator edited (REL-02).
   */
  async update(ctx: RequestContext, input: UpdateProgrammeInput): Promise<Programme> {
    const networkId = await this.access.inNetwork(ctx, 'programme.manage');
    if (!(await lockProgramme(ctx.em, networkId, input.id))) return this.access.notVisible(ctx, 'programme', input.id);
    const programme = (await ctx.em.findOneBy(Programme, { id: input.id, networkId }))!;
    expectVersion(programme, input.version);

    const before = editableOf(programme);
    const progressReviewMonths = input.progressReviewMonths ? progressMonthsOrThrow(input.progressReviewMonths) : before.progressReviewMonths;
    const themes = input.themes ? reviseThemesOrThrow(input.themes) : before.themes;
    const framework = input.themes || input.framework ? reviseFrameworkOrThrow(before.framework, themes, input.framework ?? undefined) : before.framework;
    const after: ProgrammeEditable = {
      name: input.name ?? before.name,
      description: input.description ?? before.description,
      themes,
      framework,
      places: input.places ?? before.places,
      signUpOpensAt: input.signUpOpensAt === undefined ? before.signUpOpensAt : input.signUpOpensAt,
      signUpClosesAt: input.signUpClosesAt === undefined ? before.signUpClosesAt : input.signUpClosesAt,
      defaultSharing: input.defaultSharing ?? before.defaultSharing,
      preparationDaysBefore: input.preparationDaysBefore ?? before.preparationDaysBefore,
      replyDays: input.replyDays ?? before.replyDays,
      reportWeeksAfter: input.reportWeeksAfter ?? before.reportWeeksAfter,
      progressReviewMonths,
    };
    const changed = changedProgrammeFields(before, after);
    if (changed.length === 0) return programme;

    const removed = removedThemes(before.themes, after.themes);
    const violations = checkProgrammeEdit({
      status: programme.status,
      after,
      changed,
      placesTaken: changed.includes('places') ? await placesTaken(ctx.em, networkId, programme.id) : 0,
      removedThemeUsage: removed.length ? await this.themeUsage(ctx, networkId, programme.id, removed) : [],
    });
    if (violations.length) throw badUserInput(violations.map((v) => ({ field: programmeEditViolationField(v), messages: programmeEditViolationMessage(v) })));
    if (changed.includes('name')) {
      if (await programmeNameTaken(ctx.em, networkId, after.name, programme.id)) throw badUserInput([{ field: 'name', messages: NAME_TAKEN }]);
    }

    await updateVersioned(
      ctx.em,
      Programme,
      { id: programme.id, networkId },
      input.version,
      {
        name: after.name,
        description: after.description,
        themes: after.themes,
        framework: after.framework,
        places: after.places,
        signUpOpensAt: after.signUpOpensAt,
        signUpClosesAt: after.signUpClosesAt,
        // A sharing level: the input's enum, or the one stored before.
        defaultSharing: after.defaultSharing as SharingLevel,
        preparationDaysBefore: after.preparationDaysBefore,
        replyDays: after.replyDays,
        reportWeeksAfter: after.reportWeeksAfter,
        progressReviewMonths: [...after.progressReviewMonths],
      },
      { currentVersion: programme.version },
    );
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'programme.updated',
      targetType: 'programme',
      targetId: programme.id,
      data: { changed, ...(removed.length ? { removedThemes: removed } : {}) },
      ip: ctx.ip,
    });
    // More places: the waitlist moves up, oldest first, as it does when a place is released.
    if (after.places > before.places) await this.applications.promoteWaitlisted(ctx.em, ctx, programme.id);
    return (await ctx.em.findOneBy(Programme, { id: programme.id, networkId }))!;
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
    await updateVersioned(ctx.em, Programme, { id: programme.id, networkId }, input.version, { status: input.status }, { currentVersion: programme.version });
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

  /** What uses each theme: applications here, self-assessments and findings in the contexts further down. */
  private async themeUsage(ctx: RequestContext, networkId: string, programmeId: string, themes: string[]): Promise<ThemeUsage[]> {
    const usage = new Map(themes.map((theme) => [theme, { theme, applications: 0, findings: 0, selfAssessments: 0 }]));
    const rows = await themeUsageInApplications(ctx.em, networkId, programmeId, themes);
    for (const row of rows) usage.get(row.theme)!.applications = row.n;
    await this.hooks.run('programme.themes_removing', ctx, {
      networkId,
      programmeId,
      themes,
      inUse: (theme, kind, count) => {
        const entry = usage.get(theme);
        if (entry) entry[kind] += count;
      },
    });
    return [...usage.values()];
  }
}

function editableOf(programme: Programme): ProgrammeEditable {
  return {
    name: programme.name,
    description: programme.description,
    themes: programme.themes,
    framework: frameworkOf(programme),
    places: programme.places,
    signUpOpensAt: programme.signUpOpensAt,
    signUpClosesAt: programme.signUpClosesAt,
    defaultSharing: programme.defaultSharing,
    preparationDaysBefore: programme.preparationDaysBefore,
    replyDays: programme.replyDays,
    reportWeeksAfter: programme.reportWeeksAfter,
    progressReviewMonths: programme.progressReviewMonths,
  };
}

/** The moments as the programme keeps them (ascending, each once), or the field's message. */
function progressMonthsOrThrow(months: readonly number[]): number[] {
  if (!progressMonthsValid(months)) throw badUserInput([{ field: 'progressReviewMonths', messages: progressMonthsInvalid }]);
  return normaliseProgressMonths(months);
}

function reviseThemesOrThrow(raw: readonly string[]): string[] {
  const { themes, violations } = reviseThemes(raw);
  if (violations.length) throw badUserInput(violations.map((v): FieldError => ({ field: themeViolationPath(v), messages: themeViolationMessages[v.code] })));
  return themes;
}

function reviseFrameworkOrThrow(
  current: PreparationFramework,
  themes: readonly string[],
  sections: readonly FrameworkSectionDraft[] | undefined,
): PreparationFramework {
  const revision = reviseFramework(current, themes, sections);
  if (!revision.ok) throw badUserInput(revision.violations.map((v) => ({ field: frameworkViolationPath(v), messages: frameworkViolationMessages[v.code] })));
  return revision.framework;
}
