import type { SizeClass } from '../programmes/grouping';
import type { FindingKind } from '../visits/finding-policy';

// One definition of the kinds for the whole domain: the visits context owns it, the harvest re-uses it.
export { FINDING_KINDS } from '../visits/finding-policy';
export type { FindingKind } from '../visits/finding-policy';

/**
 * A finding as the harvest rules see it. Only findings whose host released them for the harvest
 * ever reach these functions: the API selects them that way (DOMAIN.md, "Who may see what"). The
 * rules therefore never check release themselves, and they never put `organisationId` in any
 * output: the harvest looks across municipalities, not at one of them.
 */
export interface HarvestFinding {
  id: string;
  kind: FindingKind;
  /** One of the programme's themes, e.g. 'Wmo', 'Jeugd', 'Financiële beheersbaarheid'. */
  theme: string;
  /** Free tags as reviewers typed them, e.g. ['wachtlijsten', 'Wachtlijsten ', 'regie']. */
  tags: readonly string[];
  /** Markdown source; the counting and pattern rules do not read it. */
  text: string;
  /** The host municipality the finding is about. */
  organisationId: string;
  roundId: string;
  /** Population class of the host (reference-data's populationClass bands). */
  sizeClass: SizeClass;
}
