/** The marker plain-text outputs put before a list item. */
export function listMarker(ordered: boolean, number: number): string {
  return ordered ? `${number}. ` : '• ';
}
