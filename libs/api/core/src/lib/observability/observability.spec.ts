import { metricsPort } from '../config/app-config';
import { errorForLog, loggedPath, logSettings, serializeRequest } from './logger';
import { requestIdFrom } from './request-scope';
import { routeClass } from './metrics';

describe('request ids', () => {
  it.each([
    ['lb-7f3a.1', 'lb-7f3a.1'],
    ['0b8e1c2d-46f1-4c1e-9a0e-1f0b1a2c3d4e', '0b8e1c2d-46f1-4c1e-9a0e-1f0b1a2c3d4e'],
    ['trace:abc_DEF', 'trace:abc_DEF'],
  ])('keeps the sane incoming id %s', (incoming, kept) => expect(requestIdFrom(incoming)).toBe(kept));

  it.each(['', 'met spatie', 'a"b', '{"level":"fatal"}', 'x'.repeat(101), '-begint-met-streep', 'regel\nbreuk'])('replaces %j with a new UUID', (incoming) => {
    expect(requestIdFrom(incoming)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('log and metrics settings', () => {
  it('reads LOG_LEVEL and LOG_FORMAT, pretty only in the demo by default', () => {
    expect(logSettings({})).toEqual({ level: 'info', format: 'json' });
    expect(logSettings({ KIJKJE_MODE: 'demo' })).toEqual({ level: 'info', format: 'pretty' });
    expect(logSettings({ LOG_LEVEL: 'DEBUG', LOG_FORMAT: 'json', KIJKJE_MODE: 'demo' })).toEqual({ level: 'debug', format: 'json' });
    expect(() => logSettings({ LOG_LEVEL: 'luid' })).toThrow(/LOG_LEVEL/);
    expect(() => logSettings({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });

  it('serves metrics only when METRICS_PORT asks for it, except in the demo', () => {
    expect(metricsPort(undefined, 'production')).toBeNull();
    expect(metricsPort(undefined, 'development')).toBeNull();
    expect(metricsPort(undefined, 'demo')).toBe(9464);
    expect(metricsPort('off', 'demo')).toBeNull();
    expect(metricsPort('9100', 'production')).toBe(9100);
    expect(metricsPort('0', 'production')).toBe(0);
    expect(() => metricsPort('negen', 'production')).toThrow(/METRICS_PORT/);
  });

  it('classes routes for the HTTP metrics', () => {
    expect(routeClass('/graphql')).toBe('graphql');
    expect(routeClass('/health/ready')).toBe('health');
    expect(routeClass('/export/oogst/1/pdf')).toBe('export');
    expect(routeClass('/oogst/sturen')).toBe('public_harvest');
    expect(routeClass('/bezoeken/123')).toBe('other');
  });
});

describe('errors as logged', () => {
  it('keeps kind, message, code and stack, never the failed query and its parameters', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      name: 'QueryFailedError',
      query: 'INSERT INTO finding (text) VALUES ($1)',
      parameters: ['Geheime bevinding'],
      driverError: { code: '23505' },
    });
    const logged = errorForLog(error);
    expect(logged).toMatchObject({ type: 'QueryFailedError', message: 'duplicate key value violates unique constraint', code: '23505' });
    expect(JSON.stringify(logged)).not.toContain('Geheime bevinding');
    expect(JSON.stringify(logged)).not.toContain('INSERT INTO');
  });
});

describe('paths as logged', () => {
  it('never carry a secret that works without a session, nor the query string', () => {
    const token = 'Ab-_0123456789abcdefghijklmnopqrstuvwxyzABCD';
    expect(loggedPath(`/export/agenda/persoonlijk/${token}.ics`)).toBe('/export/agenda/persoonlijk/***');
    expect(loggedPath(`/afmelden/${token}/DIGEST`)).toBe('/afmelden/***/DIGEST');
    expect(serializeRequest({ method: 'GET', originalUrl: `/export/agenda/persoonlijk/${token}.ics?x=1` })).toEqual({
      method: 'GET',
      path: '/export/agenda/persoonlijk/***',
    });
    expect(loggedPath('/export/agenda/bezoek/0b1c.ics?taal=en')).toBe('/export/agenda/bezoek/0b1c.ics');
  });

  it('never carry the one-time links of the web app either (an invitation, a password reset), which the API serves too', () => {
    const token = 'Ab-_0123456789abcdefghijklmnopqrstuvwxyzABCD';
    expect(loggedPath(`/uitnodiging/${token}`)).toBe('/uitnodiging/***');
    expect(loggedPath(`/wachtwoord-herstellen/${token}`)).toBe('/wachtwoord-herstellen/***');
    expect(loggedPath('/uitnodigingen')).toBe('/uitnodigingen');
  });
});
