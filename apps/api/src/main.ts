// The process's entry point. Tracing, when asked for, must hook into http, express, graphql and
// pg before anything loads them, so the server is loaded only after it; without it the
// OpenTelemetry packages are never loaded at all.
import { tracingWanted } from './tracing-wanted';

async function main(): Promise<void> {
  if (tracingWanted(process.env)) await (await import('./tracing')).startTracing();
  await import('./server');
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
