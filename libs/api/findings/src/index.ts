export * from './lib/findings.module';
export * from './lib/finding.entity';
export * from './lib/comments/finding-comment.entity';
export * from './lib/responses/host-response.entity';
export * from './lib/finding-access.service';
export * from './lib/findings.service';
export * from './lib/finding.read';
