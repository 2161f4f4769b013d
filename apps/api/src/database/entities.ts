import {
  AuditEvent,
  DeadlineReminder,
  IdempotencyRecord,
  Job,
  Membership,
  Network,
  Notification,
  PasswordReset,
  RateLimitBucket,
  Schedule,
  Session,
  User,
  IdentityProvider,
  SsoAttempt,
  UserTotp,
  RecoveryCode,
  SignInChallenge,
} from '@kijkje/api/core';
import { Invitation, Organisation } from '@kijkje/api/networks';
import { Application, Programme } from '@kijkje/api/programmes';
import { Round, RoundMember } from '@kijkje/api/rounds';
import { CalendarFeed, Visit, VisitReviewer } from '@kijkje/api/visits';
import { Finding, FindingComment, HostResponse } from '@kijkje/api/findings';
import { VisitReport, VisitReportRevision } from '@kijkje/api/reports';
import { FindingRollup, FindingRollupVersion, Harvest, HarvestPublic, HarvestVersion, HarvestWithdrawal } from '@kijkje/api/harvests';

/** Every entity of the product, in life-cycle order. */
export const ENTITIES = [
  User,
  Session,
  PasswordReset,
  Network,
  Membership,
  AuditEvent,
  RateLimitBucket,
  IdempotencyRecord,
  Job,
  Notification,
  Schedule,
  DeadlineReminder,
  IdentityProvider,
  SsoAttempt,
  UserTotp,
  RecoveryCode,
  SignInChallenge,
  Organisation,
  Invitation,
  Programme,
  Application,
  Round,
  RoundMember,
  Visit,
  VisitReviewer,
  CalendarFeed,
  Finding,
  FindingComment,
  HostResponse,
  VisitReport,
  VisitReportRevision,
  Harvest,
  HarvestVersion,
  HarvestWithdrawal,
  HarvestPublic,
  FindingRollup,
  FindingRollupVersion,
];
