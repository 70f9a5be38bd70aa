import { KeyedSerialQueue, PendingTasks } from '../../../src/channels/zalo/keyedQueue';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('KeyedSerialQueue', () => {
  it('runs one key in order, even when an earlier task is slower', async () => {
    const queue = new KeyedSerialQueue();
    const gate = deferred();
    const log: string[] = [];
    const first = queue.run('a', async () => {
      await gate.promise;
      log.push('a1');
    });
    const second = queue.run('a', async () => {
      log.push('a2');
    });
    const other = queue.run('b', async () => {
      log.push('b1');
    });
    await other;
    expect(log).toEqual(['b1']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(log).toEqual(['b1', 'a1', 'a2']);
  });

  it('goes on after a failed task and hands back its result or error', async () => {
    const queue = new KeyedSerialQueue();
    const failed = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 42);
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe(42);
  });
});

describe('PendingTasks', () => {
  it('is idle only when every tracked task, and tasks added meanwhile, are done', async () => {
    const pending = new PendingTasks();
    const gate = deferred();
    let done = 0;
    pending.track(
      gate.promise.then(() => {
        done += 1;
        pending.track(Promise.resolve().then(() => (done += 1)));
      }),
    );
    pending.track(Promise.reject(new Error('ignored')));
    const idle = pending.idle().then(() => done);
    gate.resolve();
    await expect(idle).resolves.toBe(2);
    expect(pending.size).toBe(0);
  });
});
