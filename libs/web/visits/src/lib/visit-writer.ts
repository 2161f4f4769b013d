/**
 * The host's one line of writes to a visit. The agenda, the self-assessment and the submission
 * all carry the visit's version (optimistic concurrency), so this screen sends them one after the
 * other and keeps the version each response hands back. The version is the one this screen's own
 * content is based on: a refetch that brings someone else's newer version does not move it, so
 * that change surfaces as CONFLICT instead of being silently overwritten.
 */
export class VisitWriter {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private current: number) {}

  get version(): number {
    return this.current;
  }

  /** Runs `task` after the writes before it, with the latest version; it returns the new version. */
  run<T>(task: (version: number) => Promise<{ result: T; version: number }>): Promise<T> {
    const next = this.chain
      .then(() => task(this.current))
      .then(({ result, version }) => {
        this.current = version;
        return result;
      });
    this.chain = next.catch(() => undefined);
    return next;
  }
}
