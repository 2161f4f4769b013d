import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoreModule, LiveConnections, SessionService, fewerRoundTrips, servingConnectionOptions, type AppConfig } from '@kijkje/api/core';
import * as pg from 'pg';
import { NetworksModule } from '@kijkje/api/networks';
import { ProgrammesModule } from '@kijkje/api/programmes';
import { RoundsModule } from '@kijkje/api/rounds';
import { VisitsModule } from '@kijkje/api/visits';
import { FindingsModule } from '@kijkje/api/findings';
import { ReportsModule } from '@kijkje/api/reports';
import { HarvestsModule } from '@kijkje/api/harvests';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { graphqlOptions } from './config/graphql-options';
import { dataSourceOptions } from './database/data-source';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, poolSize = config.database.poolSize): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseAppUrl),
          driver: fewerRoundTrips(pg),
          poolSize,
          extra: servingConnectionOptions(config.database),
        } as DataSourceOptions),
        CoreModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource, SessionService, LiveConnections],
          useFactory: (ds: DataSource, sessions: SessionService, connections: LiveConnections) => graphqlOptions(config, ds, sessions, connections),
        }),
        NetworksModule,
        ProgrammesModule,
        RoundsModule,
        VisitsModule,
        FindingsModule,
        ReportsModule,
        HarvestsModule,
      ],
    };
  }
}
