import { ProcessingOverviewController } from './processing-overview.controller';
import { RetentionJob } from './retention.job';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';

/** Retention of visit material and the processing overview, as CoreModule wires them. */
export const RETENTION_SERVICES = [RetentionService, RetentionJob];
export const RETENTION_RESOLVERS = [RetentionResolver];
export const RETENTION_CONTROLLERS = [ProcessingOverviewController];
export { RetentionJob } from './retention.job';
export { RetentionRecord } from './retention-record.entity';
