import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TASK_HOLDERS, TASK_KINDS, type TaskHolder, type TaskKind } from '@kijkje/domain';
import { ProgrammeStatusEnum } from '@kijkje/api/programmes';
import { RoundStatusEnum } from '@kijkje/api/rounds';
import { VisitStatusEnum } from '@kijkje/api/visits';
import type { ProgrammeStatus, RoundStatus, VisitStatus } from '@kijkje/domain';

export const TaskKindEnum = Object.fromEntries(TASK_KINDS.map((k) => [k, k])) as { [K in TaskKind]: K };
registerEnumType(TaskKindEnum, { name: 'TaskKind', description: 'What a task asks of the person (see libs/domain tasks).' });

export const TaskHolderEnum = Object.fromEntries(TASK_HOLDERS.map((k) => [k, k])) as { [K in TaskHolder]: K };
registerEnumType(TaskHolderEnum, { name: 'TaskHolder', description: 'Whom a late step waits on.' });

@ObjectType('TaskContext', { description: 'The names a task is shown with.' })
export class TaskContextView {
  @Field() programme!: string;
  @Field(() => String, { nullable: true }) round!: string | null;
  @Field(() => String, { nullable: true, description: 'The host municipality, or the applicant.' }) organisation!: string | null;
}

@ObjectType('Task', { description: 'Something that waits on the viewer, computed from the rules, never stored.' })
export class TaskView {
  @Field(() => ID) id!: string;
  @Field(() => TaskKindEnum) kind!: TaskKind;
  @Field(() => GraphQLISODateTime, { nullable: true }) due!: Date | null;
  @Field({ description: 'The deadline has passed.' }) overdue!: boolean;
  @Field(() => ID) programmeId!: string;
  @Field(() => ID, { nullable: true }) roundId!: string | null;
  @Field(() => ID, { nullable: true }) visitId!: string | null;
  @Field(() => ID, { nullable: true }) applicationId!: string | null;
  @Field(() => TaskContextView) context!: TaskContextView;
  @Field(() => Int, { nullable: true, description: 'How many things the task covers, where it counts any.' }) count!: number | null;
  @Field({ description: 'Where in the web app the task is done.' }) path!: string;
}

@ObjectType('LateItem', { description: 'A step whose deadline has passed, and whom it waits on.' })
export class LateItemView {
  @Field(() => TaskKindEnum) kind!: TaskKind;
  @Field(() => GraphQLISODateTime) due!: Date;
  @Field(() => TaskHolderEnum) holder!: TaskHolder;
  @Field(() => [String], { description: 'The names of the people to nudge.' }) waitingOn!: string[];
}

@ObjectType('VisitProgress')
export class VisitProgressView {
  @Field(() => ID) visitId!: string;
  @Field() host!: string;
  @Field(() => VisitStatusEnum) status!: VisitStatus;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) preparationDue!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) replyPeriodEnd!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reportDue!: Date | null;
  @Field(() => [LateItemView]) late!: LateItemView[];
}

@ObjectType('RoundProgress')
export class RoundProgressView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => RoundStatusEnum) status!: RoundStatus;
  @Field(() => [VisitProgressView]) visits!: VisitProgressView[];
}

@ObjectType('ProgrammeProgress', { description: 'Coordinator: each round and visit of a programme with its state, deadlines and what is late.' })
export class ProgrammeProgressView {
  @Field(() => ID) programmeId!: string;
  @Field() name!: string;
  @Field(() => ProgrammeStatusEnum) status!: ProgrammeStatus;
  @Field(() => [RoundProgressView]) rounds!: RoundProgressView[];
}
