import { useEffect, useState, type RefObject } from 'react';
import { useFormErrors } from './use-form-errors';

export interface ActionOptions<R> {
  /** After success, focus moves here: the heading or message that says what happened. */
  focusAfter?: RefObject<HTMLElement | null>;
  /** Called with the result after success (e.g. to tell the page, or to reset a form). */
  onDone?: (result: R) => void;
}

/**
 * One mutation behind a button or form, the same way everywhere: pending while it runs, the
 * server's errors (general and per field, in both languages) when it fails, the result and the
 * focus where the page says what happened when it succeeds; and, for what cannot be undone, a
 * confirmation step (`ask` opens it, `run` from the dialog performs, `cancel` closes).
 */
export function useAction<A extends unknown[], R>(perform: (...args: A) => Promise<R>, options: ActionOptions<R> = {}) {
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<{ result: R } | null>(null);
  const [asking, setAsking] = useState(false);
  const { focusAfter } = options;

  useEffect(() => {
    if (done) focusAfter?.current?.focus();
  }, [done, focusAfter]);

  const run = async (...args: A): Promise<R | undefined> => {
    errors.clear();
    setDone(null);
    setPending(true);
    try {
      const result = await perform(...args);
      setAsking(false);
      setDone({ result });
      options.onDone?.(result);
      return result;
    } catch (error) {
      setAsking(false);
      errors.fail(error);
      return undefined;
    } finally {
      setPending(false);
    }
  };

  return {
    run,
    pending,
    errors,
    /** The last result, until the next run or reset. */
    done: done?.result ?? null,
    succeeded: done !== null,
    /** Whether the last failure was a CONFLICT: someone else changed it first. */
    conflicted: errors.view?.code === 'CONFLICT',
    asking,
    ask() {
      errors.clear();
      setDone(null);
      setAsking(true);
    },
    cancel() {
      setAsking(false);
    },
    reset() {
      setDone(null);
      errors.clear();
    },
  };
}
