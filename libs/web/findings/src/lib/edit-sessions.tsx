import { createContext, useContext, useState, type ReactNode } from 'react';
import type { FindingDraft } from './finding-fields';

/** The finding as the server had it when a save met CONFLICT (`extensions.current`). */
export interface CurrentFinding {
  version: number;
  status: 'DRAFT' | 'SUBMITTED' | 'SHARED' | 'FINAL';
  kind: 'STRENGTH' | 'CONCERN' | 'RECOMMENDATION' | 'OWN_RESPONSIBILITY';
  theme: string;
  text: string;
  evidence: { source: string; quote: string; indicator: string };
  tags: string[];
  updatedAt: string;
}

/** An edit in progress: what the author typed, the version it started from, a conflict shown. */
export interface EditSession {
  draft: FindingDraft;
  baseVersion: number;
  conflict: CurrentFinding | null;
}

type Sessions = Map<string, EditSession>;

const EditSessionsContext = createContext<Sessions | null>(null);

/**
 * Open edits live on the board, not in the card: when another tab or device changes a finding's
 * kind or theme, its card moves to another cell of the grid (and React builds it anew), and the
 * edit in progress must move with it instead of being lost.
 */
export function EditSessionsProvider({ children }: { children: ReactNode }) {
  const [sessions] = useState<Sessions>(() => new Map());
  return <EditSessionsContext.Provider value={sessions}>{children}</EditSessionsContext.Provider>;
}

const fallback: Sessions = new Map();

export function useEditSessions(): Sessions {
  return useContext(EditSessionsContext) ?? fallback;
}
