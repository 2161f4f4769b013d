/** How long the texts of a learning track may be, and how many may take part: shared by the API's inputs, the database and the forms. */
export const TRACK_TITLE_MAX = 200;
export const TRACK_DESCRIPTION_MAX = 4000;
export const TRACK_CAPACITY_MAX = 100;
export const TRACK_MOTIVATION_MAX = 2000;
export const SESSION_TITLE_MAX = 200;
export const SESSION_PLACE_MAX = 300;
export const CASE_QUESTION_MAX = 1000;
export const CASE_ENTRY_MAX = 8000;
export const CASE_FEEDBACK_MAX = 4000;
export const FEEDBACK_GROUP_MAX = 60;

/** A feedback group's name as stored: trimmed, and no name at all means no group. */
export function feedbackGroupLabel(input: string | null | undefined): string | null {
  const label = (input ?? '').trim();
  return label === '' ? null : label;
}
