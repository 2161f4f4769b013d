import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { satisfiesSecondFactorPolicy, SECOND_FACTOR_POLICIES, type SecondFactorPolicy } from '@kijkje/domain';
import { Kind, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { AuditService } from '../../audit/audit.service';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../graphql/request-context';

/**
 * What a person may still do when their network asks for a second factor their session has not
 * used: see who they are, set up the second factor, look after their own account, switch to
 * another network, and sign out. Everything else in the network waits.
 */
export const ALLOWED_WITHOUT_SECOND_FACTOR: ReadonlySet<string> = new Set([
  'viewer',
  'mySecondFactor',
  'mySessions',
  'signIn',
  'signOut',
  'completeSignIn',
  'requestPasswordReset',
  'resetPassword',
  'acceptInvitation',
  'switchNetwork',
  'setMyLanguage',
  'updateMyName',
  'changeMyPassword',
  'endMySession',
  'endMyOtherSessions',
  'startTotpEnrolment',
  'confirmTotpEnrolment',
  'renewRecoveryCodes',
  'disableSecondFactor',
  'myPasskeys',
  'startPasskeyRegistration',
  'finishPasskeyRegistration',
  'removePasskey',
]);

export const secondFactorRequiredError = () =>
  new AppError('SECOND_FACTOR_REQUIRED', {
    nl: 'Uw netwerk vraagt om een tweede factor. Stel die in op uw accountpagina en log opnieuw in.',
    en: 'Your network asks for a second factor. Set it up on your account page and sign in again.',
  });

/**
 * Every operation of the schema passes here first: where the caller's current network asks their
 * role for a second factor (libs/domain second-factor-policy) and the session did not use one,
 * only the operations above run; the rest answer SECOND_FACTOR_REQUIRED, audited as a denial.
 */
@Injectable()
export class SecondFactorGuard implements CanActivate {
  constructor(private readonly audit: AuditService) {}

  /**
   * The operation-level check, before anything runs (the transaction plugin's admission): also
   * covers the fields answered by compiled reads, which no resolver (and so no guard) sees.
   */
  async refusal(ctx: RequestContext, operation: OperationDefinitionNode): Promise<AppError | null> {
    const fields = rootFields(operation.selectionSet);
    const refused = fields.find((name) => !ALLOWED_WITHOUT_SECOND_FACTOR.has(name));
    if (refused === undefined || !(await this.refuses(ctx, refused))) return null;
    return secondFactorRequiredError();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!['Query', 'Mutation', 'Subscription'].includes(info.parentType.name) || ALLOWED_WITHOUT_SECOND_FACTOR.has(info.fieldName)) return true;
    if (await this.refuses(gql.getContext<RequestContext>(), info.fieldName)) throw secondFactorRequiredError();
    return true;
  }

  /** Whether the caller's network asks their role for a second factor their session has not used (audited when so). */
  async refuses(ctx: RequestContext | undefined, operation: string): Promise<boolean> {
    const policy = ctx?.membership?.secondFactorPolicy as SecondFactorPolicy | undefined;
    if (!ctx?.session || !ctx.membership || !policy || !SECOND_FACTOR_POLICIES.includes(policy)) return false;
    if (satisfiesSecondFactorPolicy(policy, ctx.membership.role, ctx.session.authMethods ?? ['password'])) return false;
    await this.audit.recordDetached({
      networkId: ctx.networkId,
      actorUserId: ctx.session.userId,
      action: 'access.denied',
      data: { operation, reason: 'second_factor_required', policy },
      ip: ctx.ip,
    });
    return true;
  }
}

/** The names of an operation's root fields (`__typename` and the like left out); a fragment spread counts as a field of its own name. */
function rootFields(set: SelectionSetNode): string[] {
  return set.selections.flatMap((s) =>
    s.kind === Kind.FIELD
      ? s.name.value.startsWith('__')
        ? []
        : [s.name.value]
      : s.kind === Kind.INLINE_FRAGMENT
        ? rootFields(s.selectionSet)
        : [`...${s.name.value}`],
  );
}
