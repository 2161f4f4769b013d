import type { Bilingual } from '../messages';
import { FINDING_KINDS, type FindingKind, type VisitRelation } from '../visits/finding-policy';
import type { ReportSharing } from '../visits/report-policy';
import type { VisitStatus } from '../visits/visit-lifecycle';
import type { VisitKind } from './follow-up';

/**
 * The action plan (verbeterplan): after the report is final, the host turns findings into actions.
 * A plan is the host's own while it is a DRAFT; once SHARED, it follows the report's sharing.
 */
export const ACTION_PLAN_STATUSES = ['DRAFT', 'SHARED'] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

export const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionPlanFacts {
  status: ActionPlanStatus;
  /** The host lets the coordinator read the plan's content (figures they always see). */
  openToCoordinator: boolean;
}

export interface ActionPlanRights {
  /** The actions themselves: what, who, by when, which findings. */
  read: boolean;
  /** Progress figures only: whether there is a plan, its state, actions per status. */
  figures: boolean;
  /** REPORT_FINAL and no plan yet: the host begins one. */
  start: boolean;
  /** Add, change, move through their statuses and remove actions. */
  edit: boolean;
  /** DRAFT → SHARED. */
  share: boolean;
  /** The review team and the host discuss an action. */
  comment: boolean;
  /** The lead marks which recommendations the plan answers. */
  markAnswered: boolean;
  /** The host opens the content to the coordinator, or closes it again. */
  setCoordinatorAccess: boolean;
}

/**
 * DOMAIN.md: "An action plan follows its report's sharing level"; the coordinator sees progress
 * figures everywhere and the content only where the host shares it with them.
 */
export function actionPlanRights(
  relations: Iterable<VisitRelation>,
  visitStatus: VisitStatus,
  plan: ActionPlanFacts | null,
  reportSharing: ReportSharing,
  /** A follow-up conversation feeds the visit's plan and has none of its own. */
  kind: VisitKind = 'REVIEW',
): ActionPlanRights {
  const r = new Set(relations);
  const host = r.has('host');
  const lead = r.has('lead');
  const team = lead || r.has('reviewer');
  const shared = plan?.status === 'SHARED';
  const read =
    !!plan &&
    (host ||
      (shared &&
        (team ||
          (r.has('coordinator') && plan.openToCoordinator) ||
          (r.has('roundMember') && reportSharing !== 'TEAM') ||
          (r.has('networkMember') && reportSharing === 'NETWORK'))));
  return {
    read,
    figures: read || (!!plan && r.has('coordinator')),
    start: host && kind === 'REVIEW' && visitStatus === 'REPORT_FINAL' && !plan,
    edit: host && !!plan,
    share: host && plan?.status === 'DRAFT',
    comment: shared && (host || team),
    markAnswered: shared && lead,
    setCoordinatorAccess: host && !!plan,
  };
}

/** Where an action may go from where it is: it can be reopened, and a dropped one taken up again. */
const NEXT: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  PLANNED: ['IN_PROGRESS', 'DONE', 'DROPPED'],
  IN_PROGRESS: ['PLANNED', 'DONE', 'DROPPED'],
  DONE: ['IN_PROGRESS'],
  DROPPED: ['PLANNED'],
};

export function actionMayMove(from: ActionStatus, to: ActionStatus): boolean {
  return NEXT[from].includes(to);
}

export const ACTION_TITLE_MAX = 300;
export const ACTION_DESCRIPTION_MAX = 4_000;
export const ACTION_OWNER_MAX = 200;
export const ACTION_REASON_MAX = 2_000;
export const ACTION_FINDINGS_MAX = 20;
export const ACTION_COMMENT_MAX = 4_000;

export type ActionInputViolation = {
  field: 'title' | 'description' | 'owner' | 'dueOn' | 'findingIds';
  code:
    | 'TITLE_REQUIRED'
    | 'TITLE_TOO_LONG'
    | 'DESCRIPTION_TOO_LONG'
    | 'OWNER_REQUIRED'
    | 'OWNER_TOO_LONG'
    | 'DUE_BEFORE_VISIT'
    | 'FINDINGS_REQUIRED'
    | 'TOO_MANY_FINDINGS'
    | 'FINDING_NOT_OF_VISIT';
};

export interface ActionInput {
  title: string;
  description: string | null;
  owner: string;
  /** YYYY-MM-DD, Europe/Amsterdam; null: no date yet. */
  dueOn: string | null;
  findingIds: readonly string[];
}

/**
 * What, who, by when, and why: an action answers one or more findings of its own visit, and is not
 * due before the visit took place. `visitDay` is the visit's date (YYYY-MM-DD); `findingsOfVisit`
 * the ids of the visit's findings the host may link (those in the final report).
 */
export function checkActionInput(input: ActionInput, visitDay: string | null, findingsOfVisit: ReadonlySet<string>): ActionInputViolation[] {
  const v: ActionInputViolation[] = [];
  const title = input.title.trim();
  if (!title) v.push({ field: 'title', code: 'TITLE_REQUIRED' });
  else if (title.length > ACTION_TITLE_MAX) v.push({ field: 'title', code: 'TITLE_TOO_LONG' });
  if ((input.description ?? '').length > ACTION_DESCRIPTION_MAX) v.push({ field: 'description', code: 'DESCRIPTION_TOO_LONG' });
  const owner = input.owner.trim();
  if (!owner) v.push({ field: 'owner', code: 'OWNER_REQUIRED' });
  else if (owner.length > ACTION_OWNER_MAX) v.push({ field: 'owner', code: 'OWNER_TOO_LONG' });
  if (input.dueOn && visitDay && input.dueOn < visitDay) v.push({ field: 'dueOn', code: 'DUE_BEFORE_VISIT' });
  const ids = new Set(input.findingIds);
  if (ids.size === 0) v.push({ field: 'findingIds', code: 'FINDINGS_REQUIRED' });
  else if (ids.size > ACTION_FINDINGS_MAX) v.push({ field: 'findingIds', code: 'TOO_MANY_FINDINGS' });
  else if ([...ids].some((id) => !findingsOfVisit.has(id))) v.push({ field: 'findingIds', code: 'FINDING_NOT_OF_VISIT' });
  return v;
}

export const actionInputViolationMessages: Readonly<Record<ActionInputViolation['code'], Bilingual>> = {
  TITLE_REQUIRED: { nl: 'Beschrijf kort wat er gaat gebeuren.', en: 'Say briefly what will be done.' },
  TITLE_TOO_LONG: { nl: `Houd de actie korter dan ${ACTION_TITLE_MAX} tekens.`, en: `Keep the action under ${ACTION_TITLE_MAX} characters.` },
  DESCRIPTION_TOO_LONG: {
    nl: `De toelichting heeft hoogstens ${ACTION_DESCRIPTION_MAX} tekens.`,
    en: `The explanation has at most ${ACTION_DESCRIPTION_MAX} characters.`,
  },
  OWNER_REQUIRED: { nl: 'Vul in wie de actie trekt: een persoon of een rol.', en: 'Fill in who owns the action: a person or a role.' },
  OWNER_TOO_LONG: { nl: `Hoogstens ${ACTION_OWNER_MAX} tekens.`, en: `At most ${ACTION_OWNER_MAX} characters.` },
  DUE_BEFORE_VISIT: { nl: 'Een actie kan niet vóór het bezoek klaar moeten zijn.', en: 'An action cannot be due before the visit.' },
  FINDINGS_REQUIRED: { nl: 'Koppel de actie aan minstens één bevinding.', en: 'Link the action to at least one finding.' },
  TOO_MANY_FINDINGS: { nl: `Koppel hoogstens ${ACTION_FINDINGS_MAX} bevindingen.`, en: `Link at most ${ACTION_FINDINGS_MAX} findings.` },
  FINDING_NOT_OF_VISIT: { nl: 'Kies bevindingen uit het verslag van dit bezoek.', en: 'Choose findings from this visit’s report.' },
};

export const dropReasonRequired: Bilingual = {
  nl: 'Geef aan waarom de actie vervalt.',
  en: 'Say why the action is dropped.',
};

export const actionMoveRefused: Bilingual = {
  nl: 'Zo kan de status van deze actie niet veranderen.',
  en: 'The status of this action cannot change that way.',
};

export const actionStatusLabels: Readonly<Record<ActionStatus, Bilingual>> = {
  PLANNED: { nl: 'Gepland', en: 'Planned' },
  IN_PROGRESS: { nl: 'Bezig', en: 'In progress' },
  DONE: { nl: 'Gedaan', en: 'Done' },
  DROPPED: { nl: 'Vervallen', en: 'Dropped' },
};

/** Progress figures of a plan: what the coordinator sees of every plan. */
export function actionFigures(statuses: readonly ActionStatus[]): Record<ActionStatus, number> & { total: number } {
  const figures = { PLANNED: 0, IN_PROGRESS: 0, DONE: 0, DROPPED: 0, total: statuses.length };
  for (const s of statuses) figures[s] += 1;
  return figures;
}

/** Once the plan is shared, an action is not taken out of it but dropped, with a reason others can read. */
export function actionMayBeRemoved(planStatus: ActionPlanStatus): boolean {
  return planStatus === 'DRAFT';
}

export const actionRemovalRefused: Bilingual = {
  nl: 'Het plan is gedeeld: laat een actie vervallen (met een reden) in plaats van haar te verwijderen.',
  en: 'The plan has been shared: drop an action (with a reason) instead of removing it.',
};

/** The lead marks only recommendations of the report as answered by the plan. */
export const onlyRecommendationsAnswered: Bilingual = {
  nl: 'Alleen een aanbeveling uit het verslag van dit bezoek kan als beantwoord worden gemarkeerd.',
  en: 'Only a recommendation from this visit’s report can be marked as answered.',
};

/** What an action plan answers in the first place: recommendations, then own-responsibility points, then the rest in the usual order. */
const PLAN_ORDER: readonly FindingKind[] = [
  'RECOMMENDATION',
  'OWN_RESPONSIBILITY',
  ...FINDING_KINDS.filter((k) => k !== 'RECOMMENDATION' && k !== 'OWN_RESPONSIBILITY'),
];
export function findingsForActionPlan<F extends { kind: string }>(findings: readonly F[]): F[] {
  const rank = (kind: string) => PLAN_ORDER.indexOf(kind as FindingKind);
  return [...findings].sort((a, b) => rank(a.kind) - rank(b.kind));
}
