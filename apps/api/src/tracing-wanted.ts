/** OpenTelemetry tracing is opt-in: an OTLP endpoint, or KIJKJE_TRACING=1 (then OTLP's own defaults). */
export function tracingWanted(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env['OTEL_EXPORTER_OTLP_ENDPOINT'] ||
    env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] ||
    ['1', 'true', 'yes', 'on'].includes((env['KIJKJE_TRACING'] ?? '').toLowerCase()),
  );
}
