// The harvest (oogst): tellen, patronen, vertellen, and its life cycle. Internal helpers stay internal.
export type { FindingKind, HarvestFinding } from './harvest-finding';
export { FINDING_KINDS } from './harvest-finding';

export type { CountSuppression, SuppressionCode } from './small-groups';
export { fewMunicipalitiesSuppression, MIN_GROUP_ORGANISATIONS, SUPPRESSION_CODES, suppressionMessages } from './small-groups';
export type {
  CountableFinding,
  CountOptions,
  CountTotals,
  FindingCounts,
  GroupCountRow,
  KindCount,
  RoundCountRow,
  SizeClassCountRow,
  ThemeCountRow,
} from './counts';
export { countFindings } from './counts';
export type { FrozenCountTotals, FrozenFindingCounts, FrozenPattern, FrozenThemeCountRow } from './counts-frozen';
export { frozenCounts, frozenThemeRows, frozenTotals } from './counts-frozen';
export type { ComparedProgramme, ComparedTheme, ProgrammeComparison, ProgrammeFindings } from './comparison';
export { compareProgrammes } from './comparison';
export type { FrozenComparedTheme, FrozenComparison } from './comparison-frozen';
export { frozenComparisonThemes, unprovenThemeSuppression } from './comparison-frozen';
export type { HarvestPattern, PatternOptions, PatternRound, PatternSizeClass, PatternType } from './patterns';
export { findPatterns, otherRoundsLabel, PATTERN_MIN_ORGANISATIONS, PATTERN_TYPES } from './patterns';
export type {
  ComparedPattern,
  ComparedPatternCell,
  PatternChange,
  PatternComparison,
  PatternComparisonProgramme,
  ProgrammePatternFindings,
} from './pattern-comparison';
export { comparePatterns, PATTERN_CHANGES, patternChangeLabels } from './pattern-comparison';

export type { AnonymisationNames, NamedOrganisation, NameKind } from './anonymisation-names';
export { NAME_KINDS } from './anonymisation-names';
export type { AnonymisedText, RemainingName, ReplacementKind } from './anonymise';
export { anonymise, anonymiseAll, findRemainingNames, PERSON_PLACEHOLDER, PLACE_PLACEHOLDER, REMOVED_PLACEHOLDER, REPLACEMENT_KINDS } from './anonymise';
export type { Pseudonyms } from './pseudonyms';
export { NO_PSEUDONYMS, pseudonymLetter } from './pseudonyms';
export { WELL_KNOWN_NAMES } from './derived-forms';
export type { Gazetteer, WordList } from './gazetteer';
export type { FlaggedWord, FlagReason } from './word-flags';
export { FLAG_REASONS, findFlaggedWords, flagKey, replaceFlaggedWord } from './word-flags';
export { PROVINCE_PLACEHOLDER } from './provinces';

export type {
  HarvestDraft,
  HarvestPublishViolation,
  HarvestPublishViolationCode,
  HarvestQuote,
  HarvestStatus,
  HarvestVisibility,
  SharingLevel,
} from './harvest-lifecycle';
export {
  canPublish,
  HARVEST_PUBLISH_VIOLATIONS,
  HARVEST_STATUSES,
  HARVEST_VISIBILITIES,
  harvestViolationText,
  nextVersionNumber,
  SHARING_LEVELS,
  sharingAllows,
} from './harvest-lifecycle';
export { HARVEST_SLUG_FALLBACK, harvestSlug, SLUG_TOKEN_ALPHABET, SLUG_TOKEN_LENGTH, slugToken } from './harvest-slug';
export type { HarvestReader, HarvestReadTarget } from './harvest-access';
export { canReadHarvest, harvestReader } from './harvest-access';
export type { PublicServing, PublicServingState, PublishedVersionFacts } from './harvest-publication';
export { PUBLIC_SERVING_STATES, publicHttpStatus, publicServing, withdrawalProblem } from './harvest-publication';
export * from './system-signals';
export type { HarvestProgrammeProblem } from './harvest-sections';
export { comparedProgrammesProblem, HARVEST_PROGRAMME_PROBLEMS, harvestProgrammeMessages, MAX_COMPARED_PROGRAMMES } from './harvest-sections';
export type { HarvestEvaluation, HarvestEvaluationAnswers, HarvestEvaluationQuestion } from './harvest-evaluation';
export { fewAnswersSuppression, harvestEvaluation } from './harvest-evaluation';
export type {
  HarvestMeetingCandidate,
  HarvestMeetingChoiceProblem,
  HarvestMeetingExclusion,
  HarvestMeetingScope,
  HarvestPeriod,
  MeetingReportReach,
} from './harvest-meetings-scope';
export {
  chosenMeetingsProblem,
  HARVEST_MEETING_CHOICE_PROBLEMS,
  HARVEST_MEETING_EXCLUSIONS,
  harvestMeetingChoiceMessages,
  harvestMeetingExclusionMessages,
  harvestPeriod,
  inPeriod,
  MAX_HARVEST_MEETINGS,
  meetingExclusion,
  meetingReportReach,
  meetingsInHarvest,
} from './harvest-meetings-scope';
export type {
  HarvestMeetingFacts,
  HarvestMeetings,
  HarvestMeetingsState,
  HarvestMeetingTopic,
  MeetingParticipant,
  MeetingTableFacts,
  MeetingYieldCount,
} from './harvest-meetings';
export { fewOrganisationsSuppression, harvestMeetings, harvestMeetingsMessages, MEETING_YIELD_KINDS, otherTablesLabel } from './harvest-meetings';
