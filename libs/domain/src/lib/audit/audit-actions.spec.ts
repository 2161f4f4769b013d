import { AUDIT_ACTIONS, stepAuditAction } from './audit-actions';

describe('audit actions', () => {
  it('are listed once each', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it.each(AUDIT_ACTIONS)('%s reads as <subject>.<what happened>, in lower case (snake_case where a word is not enough)', (action) => {
    expect(action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z_]+$/);
  });

  it('names a life-cycle step after its target state', () => {
    expect(stepAuditAction('visit', 'REPORT_SHARED')).toBe('visit.report_shared');
    expect(AUDIT_ACTIONS).toContain(stepAuditAction('finding', 'SUBMITTED'));
  });
});
