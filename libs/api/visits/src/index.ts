export * from './lib/visits.module';
export * from './lib/visit.entity';
export * from './lib/team/visit-reviewer.entity';
export * from './lib/visit-access.service';
export * from './lib/visits.service';
export * from './lib/team/team.service';
export * from './lib/round-facts';
export * from './lib/visit.views';
