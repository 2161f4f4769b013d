import type { TFunction } from 'i18next';
import { formatDateTime } from '@kijkje/web/ui';

/** The texts of a task, with `t` of react-i18next. */
type Translate = TFunction;

export interface TaskLike {
  kind: string;
  due: string | null;
  overdue: boolean;
  count: number | null;
  context: { programme: string; round: string | null; organisation: string | null };
}

/** What to do, in words: "Reageer op de bevindingen over Utrecht". */
export function taskTitle(task: TaskLike, t: Translate): string {
  return t(`tasks.kind.${task.kind}`, { programme: task.context.programme, organisation: task.context.organisation ?? '' });
}

/** Where it belongs: the programme, and the round where there is one. */
export function taskContext(task: TaskLike, t: Translate): string {
  const { programme, round } = task.context;
  return round ? t('tasks.contextRound', { programme, round }) : t('tasks.context', { programme });
}

/** The deadline in words, in Dutch time: by when, since when (overdue), or none. */
export function taskDeadline(task: TaskLike, t: Translate, lang: string): string {
  if (!task.due) return t('tasks.noDeadline');
  const date = formatDateTime(task.due, lang);
  return task.overdue ? t('tasks.overdueSince', { date }) : t('tasks.dueBy', { date });
}

export interface LateLike {
  kind: string;
  due: string;
  holder: string;
  waitingOn: readonly string[];
}

/** The steps that are late on a visit, in words: "voorbereiding (sinds 1 april 2027)". */
export function lateSteps(late: readonly LateLike[], t: Translate, lang: string): string[] {
  return late.map((item) => t('tasks.progress.lateItem', { step: t(`tasks.progress.step.${item.kind}`), date: formatDateTime(item.due, lang) }));
}

/** Whom to nudge: each person once, with the role they are nudged in ("Jan (gastgemeente)"). */
export function whomToNudge(late: readonly LateLike[], t: Translate): string[] {
  const byHolder = new Map<string, Set<string>>();
  for (const item of late) {
    const names = byHolder.get(item.holder) ?? new Set<string>();
    item.waitingOn.forEach((name) => names.add(name));
    byHolder.set(item.holder, names);
  }
  return [...byHolder]
    .filter(([, names]) => names.size > 0)
    .map(([holder, names]) => t('tasks.progress.nudgeItem', { names: [...names].join(', '), holder: t(`tasks.holder.${holder}`) }));
}
