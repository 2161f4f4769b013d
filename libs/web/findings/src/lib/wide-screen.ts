/** The width from which the board and the capture form stand side by side (see findings.css). */
export const WIDE = '(min-width: 64rem)';

/** Whether the board and the capture form stand side by side now (false where the browser cannot tell). */
export function isWideScreen(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches;
}
