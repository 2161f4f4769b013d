import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { CORE_RESOLVERS } from '@kijkje/api/core';
import { NETWORKS_RESOLVERS } from '@kijkje/api/networks';
import { PROGRAMMES_RESOLVERS } from '@kijkje/api/programmes';
import { ROUNDS_RESOLVERS } from '@kijkje/api/rounds';
import { VISITS_RESOLVERS } from '@kijkje/api/visits';
import { FINDINGS_RESOLVERS } from '@kijkje/api/findings';
import { REPORTS_RESOLVERS } from '@kijkje/api/reports';
import { HARVESTS_RESOLVERS } from '@kijkje/api/harvests';
import { MEETINGS_RESOLVERS } from '@kijkje/api/meetings';
import { TRACKS_RESOLVERS } from '@kijkje/api/tracks';
import { TASKS_RESOLVERS } from '@kijkje/api/tasks';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';

/** Writes apps/api/schema.gql from the code, without a database. */
async function main() {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create([
    ...CORE_RESOLVERS,
    ...NETWORKS_RESOLVERS,
    ...PROGRAMMES_RESOLVERS,
    ...ROUNDS_RESOLVERS,
    ...VISITS_RESOLVERS,
    ...FINDINGS_RESOLVERS,
    ...REPORTS_RESOLVERS,
    ...HARVESTS_RESOLVERS,
    ...TASKS_RESOLVERS,
    ...MEETINGS_RESOLVERS,
    ...TRACKS_RESOLVERS,
  ]);
  const out = process.argv[2] ?? 'apps/api/schema.gql';
  writeFileSync(out, printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  console.log(`schema written to ${out}`);
}

void main();
