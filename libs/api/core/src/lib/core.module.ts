import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DatabaseTroubleFilter, GraphQLErrorFilter } from './errors/graphql-error.filter';
import { SidePool } from './database/side-pool';
import { AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { AuditService } from './audit/audit.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { PasswordService } from './auth/password.service';
import { SessionService } from './auth/session.service';
import { IdentityProvidersResolver } from './auth/oidc/identity-providers.resolver';
import { IdentityProvidersService } from './auth/oidc/identity-providers.service';
import { SsoController } from './auth/oidc/sso.controller';
import { SsoService } from './auth/oidc/sso.service';
import { SecondFactorGuard } from './auth/second-factor/second-factor.guard';
import { NetworkSecondFactorPolicy } from './auth/second-factor/network-policy.service';
import { PasskeyService } from './auth/second-factor/passkey.service';
import { SecondFactorResolver } from './auth/second-factor/second-factor.resolver';
import { SecondFactorService } from './auth/second-factor/second-factor.service';
import { SignInChallenges } from './auth/second-factor/sign-in-challenge.service';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { HealthController } from './health/health.controller';
import { ShutdownState } from './health/shutdown-state';
import { JobWorker } from './mail/job-worker';
import { MailService } from './mail/mail.service';
import { PurgeService } from './maintenance/purge.service';
import { RateLimitService } from './security/rate-limit.service';
import { SignInGuard } from './security/sign-in-guard';
import { AccessService } from './tenancy/access.service';
import { ComputedRoots } from './read-plan/answer-compiled';
import { MembershipFieldsResolver } from './tenancy/membership-fields.resolver';
import { DomainHooks } from './events/domain-hooks';
import { LiveConnections } from './live/live-connections';
import { LiveEvents } from './live/live-events';
import { LiveMembershipChanges } from './live/live-membership-changes';
import { HttpOperations } from './http/http-operations';
import { Metrics } from './observability/metrics';
import { MetricsServer } from './observability/metrics-server';
import { NotificationService } from './notifications/notification.service';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { UnsubscribeController } from './notifications/unsubscribe.controller';
import { DigestJob } from './notifications/digest.job';
import { DeadlineReminderJob } from './notifications/deadline-reminder.job';
import { AppointmentReminderJob } from './notifications/appointment-reminder.job';
import { PersonalCalendarSources } from './calendar/personal-calendar';
import { Scheduler } from './schedule/scheduler';
import { RETENTION_CONTROLLERS, RETENTION_RESOLVERS, RETENTION_SERVICES } from './retention';
import { ErasureService } from './privacy/erasure.service';
import { PersonalExportService } from './privacy/personal-export.service';
import { PrivacyExportController } from './privacy/privacy-export.controller';
import { PrivacyResolver } from './privacy/privacy.resolver';

const services = [
  SidePool,
  AuditService,
  AuthService,
  AccountService,
  PasswordService,
  SessionService,
  MailService,
  RateLimitService,
  SignInGuard,
  AccessService,
  ComputedRoots,
  ShutdownState,
  JobWorker,
  PurgeService,
  DomainHooks,
  LiveEvents,
  LiveConnections,
  LiveMembershipChanges,
  HttpOperations,
  Metrics,
  MetricsServer,
  NotificationService,
  Scheduler,
  DigestJob,
  DeadlineReminderJob,
  AppointmentReminderJob,
  PersonalCalendarSources,
  IdentityProvidersService,
  SsoService,
  ...RETENTION_SERVICES,
  PersonalExportService,
  ErasureService,
  SecondFactorService,
  SignInChallenges,
  NetworkSecondFactorPolicy,
  SecondFactorGuard,
  PasskeyService,
];

/** Database access, tenancy, sign-in, audit, mail and health: what every context stands on. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      controllers: [HealthController, UnsubscribeController, SsoController, ...RETENTION_CONTROLLERS, PrivacyExportController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
        { provide: APP_FILTER, useClass: DatabaseTroubleFilter },
        { provide: APP_GUARD, useExisting: SecondFactorGuard },
        ...services,
        AuthResolver,
        AccountResolver,
        MembershipFieldsResolver,
        NotificationsResolver,
        IdentityProvidersResolver,
        ...RETENTION_RESOLVERS,
        PrivacyResolver,
        SecondFactorResolver,
      ],
      exports: [APP_CONFIG, ...services],
    };
  }
}

/** The resolvers of this context, for the schema generator. */
export const CORE_RESOLVERS = [
  AuthResolver,
  AccountResolver,
  MembershipFieldsResolver,
  NotificationsResolver,
  IdentityProvidersResolver,
  ...RETENTION_RESOLVERS,
  PrivacyResolver,
  SecondFactorResolver,
];
