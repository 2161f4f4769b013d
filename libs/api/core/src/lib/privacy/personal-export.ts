/** What a person downloads about themselves ("Mijn gegevens"), as one value: the JSON as is, the PDF from it. */
export interface PersonalExport {
  format: 'kijkje-personal-data/1';
  generatedAt: string;
  account: {
    id: string;
    name: string;
    email: string;
    language: string;
    createdAt: string;
    notificationSettings: Record<string, unknown>;
  };
  memberships: { networkId: string; network: string; organisation: string | null; role: string; active: boolean; createdAt: string }[];
  sessions: { createdAt: string; lastSeenAt: string; expiresAt: string; device: string | null }[];
  calendarFeeds: { createdAt: string }[];
  /** The authenticator app, passkeys and the number of unused recovery codes (kind, name, dates). */
  secondFactors: Record<string, unknown>[];
  /** Account-level log entries: sign-ins, name and password changes. */
  accountAuditEntries: AuditEntry[];
  networks: NetworkPart[];
}

export interface AuditEntry {
  action: string;
  targetType: string | null;
  targetId: string | null;
  data: unknown;
  createdAt: string;
}

export interface NetworkPart {
  networkId: string;
  network: string;
  findings: Record<string, unknown>[];
  comments: Record<string, unknown>[];
  replies: Record<string, unknown>[];
  reportComments: Record<string, unknown>[];
  planComments: Record<string, unknown>[];
  roundEvaluations: Record<string, unknown>[];
  meetingRegistrations: Record<string, unknown>[];
  meetingCards: Record<string, unknown>[];
  trackApplications: Record<string, unknown>[];
  trackCaseEntries: Record<string, unknown>[];
  trackFeedback: Record<string, unknown>[];
  trackFacilitation: Record<string, unknown>[];
  meetingFacilitation: Record<string, unknown>[];
  /** Per meeting, the theme tables the person hosts. */
  meetingTableHosting: Record<string, unknown>[];
  applications: Record<string, unknown>[];
  /** Free text in which the network names the person (a speaker, an action's owner, a conversation partner). */
  namedAsSpeaker: Record<string, unknown>[];
  namedAsActionOwner: Record<string, unknown>[];
  namedOnVisitAgendas: Record<string, unknown>[];
  auditEntries: AuditEntry[];
}
