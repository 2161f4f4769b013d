import { ProgrammeCompositionDocument, SuggestedGroupingDocument } from '@kijkje/web/data-access';

/** What every change on the composition page refetches: the rounds and the suggestion both follow. */
export const COMPOSITION_REFETCH = [ProgrammeCompositionDocument, SuggestedGroupingDocument];
