import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * OpenTelemetry traces over OTLP/HTTP: one span per HTTP request, with the Express, GraphQL
 * (operation, fields) and PostgreSQL (statement) spans under it. The standard OTEL_* variables
 * apply (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER, …). Statements are
 * recorded without their parameters, GraphQL documents without their variables, and health
 * probes not at all.
 */
export async function startTracing(): Promise<void> {
  process.env['OTEL_SERVICE_NAME'] ??= 'kijkje-api';
  const sdk = new NodeSDK({
    traceExporter: new OTLPTraceExporter(),
    // Traces only: metrics are Prometheus's (METRICS_PORT), logs are stdout's.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => (req.url ?? '').startsWith('/health/') }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  const stop = () => void sdk.shutdown().catch(() => undefined);
  process.once('beforeExit', stop);
}
