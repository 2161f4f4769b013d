import { useState } from 'react';
import { isConflict } from './errors';
import { useFormErrors } from './use-form-errors';

/** Something as the server has it now, with the version a save over it must name. */
export interface Latest<T> {
  value: T;
  version: number;
}

/**
 * Saving with the version the writer started from (REL-02: concurrent edits never silently
 * overwrite). On CONFLICT it fetches what the server has now into `conflict`, so that both can be
 * shown side by side (ConflictView) and the writer chooses: keep theirs (`keepMine` saves again
 * over the newer version) or take the latest (`takeLatest` returns it and goes on from there).
 * `save` receives the version to send and answers the new version (or nothing: then +1).
 */
export function useVersionedSave<T>(version: number, fetchLatest: () => Promise<Latest<T> | null>) {
  const errors = useFormErrors();
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState<Latest<T> | null>(null);
  const [pending, setPending] = useState(false);

  /** Sends `save` over `from` (the base version unless told); true when it was saved. */
  const send = async (save: (version: number) => Promise<number | undefined | void>, from = baseVersion): Promise<boolean> => {
    errors.clear();
    setPending(true);
    try {
      const saved = await save(from);
      setBaseVersion(typeof saved === 'number' ? saved : from + 1);
      setConflict(null);
      return true;
    } catch (error) {
      if (isConflict(error)) {
        const latest = await fetchLatest().catch(() => null);
        if (latest) {
          setConflict(latest);
          return false;
        }
      }
      errors.fail(error);
      return false;
    } finally {
      setPending(false);
    }
  };

  return {
    baseVersion,
    /** A newer version seen another way (a live update, a reload) becomes the base. */
    setBaseVersion,
    conflict,
    errors,
    pending,
    send,
    /** Keeps the writer's text: saves it again over the version that won. */
    keepMine: (save: (version: number) => Promise<number | undefined | void>) => send(save, conflict?.version ?? baseVersion),
    /** Goes on from the server's value: returns it, and the next save starts from its version. */
    takeLatest(): T | null {
      if (!conflict) return null;
      setBaseVersion(conflict.version);
      setConflict(null);
      return conflict.value;
    },
  };
}
