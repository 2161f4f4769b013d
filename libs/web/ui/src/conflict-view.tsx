import { useEffect, useId, type ReactNode } from 'react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { ErrorAlert } from './states';

export interface ConflictViewProps {
  /** data-testid of the whole view. */
  testId?: string;
  title: string;
  intro: string;
  mineLabel: string;
  latestLabel: string;
  mine: ReactNode;
  latest: ReactNode;
  /** Under the latest version's heading, e.g. when and by whom it was saved. */
  latestMeta?: ReactNode;
  keepMineLabel: string;
  takeLatestLabel: string;
  busy?: boolean;
  error?: string | null;
  headingLevel?: 2 | 3 | 4;
  onKeepMine: () => void;
  onTakeLatest: () => void;
}

/**
 * Someone saved first: both versions side by side and the choice between them, the one conflict
 * view of the app. The focus goes to the heading that explains why the form gave way.
 */
export function ConflictView(props: ConflictViewProps) {
  const {
    testId,
    title,
    intro,
    mineLabel,
    latestLabel,
    mine,
    latest,
    latestMeta,
    keepMineLabel,
    takeLatestLabel,
    busy = false,
    error,
    headingLevel = 3,
    onKeepMine,
    onTakeLatest,
  } = props;
  const id = useId();
  useEffect(() => document.getElementById(`${id}-heading`)?.focus(), [id]);
  const sub = Math.min(headingLevel + 1, 6) as 3 | 4 | 5;
  return (
    <div className="kijkje-conflict" data-testid={testId}>
      <Heading level={headingLevel} id={`${id}-heading`} tabIndex={-1}>
        {title}
      </Heading>
      <Alert type="warning">
        <Paragraph>{intro}</Paragraph>
      </Alert>
      <div className="kijkje-versions">
        <section aria-labelledby={`${id}-mine`}>
          <Heading level={sub} id={`${id}-mine`}>
            {mineLabel}
          </Heading>
          {mine}
        </section>
        <section aria-labelledby={`${id}-latest`}>
          <Heading level={sub} id={`${id}-latest`}>
            {latestLabel}
          </Heading>
          {latestMeta}
          {latest}
        </section>
      </div>
      <ErrorAlert message={error ?? null} />
      <div className="kijkje-actions">
        <Button type="button" appearance="primary-action-button" busy={busy} disabled={busy} onClick={onKeepMine}>
          {keepMineLabel}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onTakeLatest}>
          {takeLatestLabel}
        </Button>
      </div>
    </div>
  );
}
