import { Module } from '@nestjs/common';
import { HarvestsExportController } from './export/harvests-export.controller';
import { HarvestWordsResolver } from './harvest-words.resolver';
import { HarvestWordsService } from './harvest-words.service';
import { HarvestsResolver } from './harvests.resolver';
import { HarvestsService } from './harvests.service';
import { PublicHarvestController } from './public/public-harvest.controller';

/** Harvests (oogst): counts, patterns and anonymised stories across rounds; published, immutable versions; the public page. */
@Module({
  controllers: [PublicHarvestController, HarvestsExportController],
  providers: [HarvestsService, HarvestsResolver, HarvestWordsService, HarvestWordsResolver],
  exports: [HarvestsService],
})
export class HarvestsModule {}

/** The resolvers of this context, for the schema generator. */
export const HARVESTS_RESOLVERS = [HarvestsResolver, HarvestWordsResolver];
