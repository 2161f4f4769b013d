export * from './lib/reports.module';
export * from './lib/visit-report.entity';
export * from './lib/visit-report-revision.entity';
export * from './lib/reports.service';
export * from './lib/report-content';
export * from './lib/export/report-document';
export * from './lib/plan/plan.entities';
export * from './lib/indicators/indicator.entity';
