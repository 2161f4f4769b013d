// One Jest run over every project: `npm test`.
export default {
  // API tests boot the app and talk to PostgreSQL; generous, never relied upon.
  testTimeout: 60000,
  // On two cores Jest runs one worker, and without a limit it runs every file in its own process,
  // whose heap grows file by file until it dies (4 GB after some 200 files). With a limit the
  // files run in a worker that is replaced once it holds more than this after a file.
  workerIdleMemoryLimit: '1500MB',
  projects: [
    '<rootDir>/libs/domain',
    '<rootDir>/libs/reference-data',
    '<rootDir>/libs/api/core',
    '<rootDir>/libs/api/networks',
    '<rootDir>/libs/api/documents',
    '<rootDir>/libs/markdown',
    '<rootDir>/apps/api',
    '<rootDir>/apps/web',
    '<rootDir>/libs/web/ui',
    '<rootDir>/libs/web/data-access',
    '<rootDir>/libs/web/account',
    '<rootDir>/libs/web/networks',
    '<rootDir>/libs/web/programmes',
    '<rootDir>/libs/web/rounds',
    '<rootDir>/libs/web/visits',
    '<rootDir>/libs/web/findings',
    '<rootDir>/libs/web/reports',
    '<rootDir>/libs/web/harvests',
    '<rootDir>/libs/web/meetings',
    '<rootDir>/libs/web/tracks',
    '<rootDir>/libs/web/tasks',
    '<rootDir>/libs/web/notifications',
    '<rootDir>/tools',
  ],
};
