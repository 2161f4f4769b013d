export * from './lib/harvests.module';
export * from './lib/harvest.entity';
export * from './lib/harvest-version.entity';
export * from './lib/finding-rollup.entity';
export * from './lib/finding-rollup-version.entity';
export * from './lib/harvests.service';
export * from './lib/harvest-content';
