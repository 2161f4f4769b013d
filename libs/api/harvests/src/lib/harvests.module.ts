import { Module } from '@nestjs/common';
import { HarvestsExportController } from './export/harvests-export.controller';
import { HarvestPublicationResolver } from './harvest-publication.resolver';
import { HarvestPublicationService } from './harvest-publication.service';
import { HarvestWordsResolver } from './harvest-words.resolver';
import { HarvestWordsService } from './harvest-words.service';
import { HarvestsResolver } from './harvests.resolver';
import { HarvestsService } from './harvests.service';
import { HarvestVersionsService } from './harvest-versions.service';
import { HarvestMeetingsResolver } from './meetings/harvest-meetings.resolver';
import { HarvestPreviewController } from './public/harvest-preview.controller';
import { PublicHarvestController } from './public/public-harvest.controller';
import { HarvestSectionsResolver } from './sections/harvest-sections.resolver';
import { HarvestSectionsService } from './sections/harvest-sections.service';
import { SystemSignalsExportController } from './system-signals/system-signals-export.controller';
import { SystemSignalsResolver } from './system-signals/system-signals.resolver';
import { SystemSignalsService } from './system-signals/system-signals.service';

/** Harvests (oogst): counts, patterns and anonymised stories across rounds and work meetings; published, immutable versions; the public page. */
@Module({
  controllers: [PublicHarvestController, HarvestPreviewController, HarvestsExportController, SystemSignalsExportController],
  providers: [
    HarvestsService,
    HarvestVersionsService,
    HarvestsResolver,
    HarvestPublicationService,
    HarvestPublicationResolver,
    HarvestWordsService,
    HarvestWordsResolver,
    SystemSignalsService,
    SystemSignalsResolver,
    HarvestSectionsService,
    HarvestSectionsResolver,
    HarvestMeetingsResolver,
  ],
  exports: [HarvestsService, HarvestVersionsService, HarvestPublicationService],
})
export class HarvestsModule {}

/** The resolvers of this context, for the schema generator. */
export const HARVESTS_RESOLVERS = [
  HarvestsResolver,
  HarvestPublicationResolver,
  HarvestWordsResolver,
  SystemSignalsResolver,
  HarvestSectionsResolver,
  HarvestMeetingsResolver,
];
