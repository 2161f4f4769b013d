export * from './lib/rounds.module';
export * from './lib/round.entity';
export * from './lib/round-member.entity';
export * from './lib/grouping.views';
export * from './lib/round.read';
export * from './lib/evaluation/round-evaluation.entity';
export * from './lib/evaluation/evaluation-notices';
