/**
 * Runs tasks one at a time per key (a dossier's notifications arrive in the order its status changed)
 * and knows when every task has settled.
 */
export class KeyedTasks {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  run(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const tail = previous.then(task).catch(() => undefined);
    this.tails.set(key, tail);
    this.running.add(tail);
    void tail.then(() => {
      this.running.delete(tail);
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return tail;
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves true once nothing is running, or false when `timeoutMs` passes first. */
  async idle(timeoutMs = Infinity): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      const all = Promise.all([...this.running]).then(() => true);
      if (!Number.isFinite(left)) {
        await all;
        continue;
      }
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), left);
      });
      const done = await Promise.race([all, timedOut]);
      clearTimeout(timer);
      if (!done) return false;
    }
    return true;
  }
}
