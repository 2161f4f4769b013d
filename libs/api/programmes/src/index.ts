export * from './lib/programmes.module';
export * from './lib/programmes/programme.entity';
export * from './lib/applications/application.entity';
export * from './lib/programmes/programme.read';
export * from './lib/applications/application.read';
