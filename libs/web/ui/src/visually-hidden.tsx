import type { ReactNode } from 'react';

/** Text for screen readers only (styled by .kijkje-visually-hidden in the app theme). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="kijkje-visually-hidden">{children}</span>;
}
