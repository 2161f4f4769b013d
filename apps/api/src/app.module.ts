import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  APP_LOGGER,
  ComputedRoots,
  CoreModule,
  LiveConnections,
  Metrics,
  SessionService,
  SecondFactorGuard,
  createLogger,
  fewerRoundTrips,
  httpLoggingOptions,
  servingConnectionOptions,
  type AppConfig,
} from '@kijkje/api/core';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import * as pg from 'pg';
import { NetworksModule } from '@kijkje/api/networks';
import { ProgrammesModule } from '@kijkje/api/programmes';
import { RoundsModule } from '@kijkje/api/rounds';
import { VisitsModule } from '@kijkje/api/visits';
import { FindingsModule } from '@kijkje/api/findings';
import { ReportsModule } from '@kijkje/api/reports';
import { HarvestsModule } from '@kijkje/api/harvests';
import { MeetingsModule } from '@kijkje/api/meetings';
import { TracksModule } from '@kijkje/api/tracks';
import { TasksModule } from '@kijkje/api/tasks';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { graphqlOptions } from './config/graphql-options';
import { dataSourceOptions } from './database/data-source';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, poolSize = config.database.poolSize, logger: Pino = createLogger(config.log)): DynamicModule {
    return {
      module: AppModule,
      providers: [{ provide: APP_LOGGER, useValue: logger }],
      imports: [
        // Nest's own log lines and every `new Logger(…)` go through pino; the HTTP middleware is
        // mounted first of all by configureApp (useExisting), so refusals are logged too.
        LoggerModule.forRoot({ pinoHttp: httpLoggingOptions(logger), useExisting: true }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseAppUrl),
          driver: fewerRoundTrips(pg),
          poolSize,
          extra: servingConnectionOptions(config.database),
        } as DataSourceOptions),
        CoreModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource, SessionService, LiveConnections, Metrics, SecondFactorGuard, ComputedRoots],
          useFactory: (
            ds: DataSource,
            sessions: SessionService,
            connections: LiveConnections,
            metrics: Metrics,
            secondFactor: SecondFactorGuard,
            computed: ComputedRoots,
          ) => graphqlOptions(config, ds, sessions, connections, metrics, secondFactor, computed),
        }),
        NetworksModule,
        ProgrammesModule,
        RoundsModule,
        VisitsModule,
        FindingsModule,
        ReportsModule,
        HarvestsModule,
        TasksModule,
        MeetingsModule,
        TracksModule,
      ],
    };
  }
}
