import { conflict } from '@kijkje/api/core';
import type { Finding } from './finding.entity';

/** CONFLICT with the finding as it is now, for the screen to show beside the reviewer's own version. */
export function findingConflict(current: Finding | null) {
  const error = conflict(current?.version);
  if (current) {
    error.extensions['current'] = {
      version: current.version,
      status: current.status,
      kind: current.kind,
      theme: current.theme,
      text: current.text,
      evidence: current.evidence,
      tags: current.tags,
      updatedAt: current.updatedAt.toISOString(),
    };
  }
  return error;
}
