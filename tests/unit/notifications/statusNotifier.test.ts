import { MemoryDeliveryFailureLog } from '../../../src/notifications/deliveryFailures';
import { MemoryNotificationOutbox } from '../../../src/notifications/outbox';
import { StatusNotifier } from '../../../src/notifications/statusNotifier';
import type { ChannelNotifier } from '../../../src/notifications/channelNotifier';
import { deferred, dossierWorld, officer, ScriptedNotifier, submission } from './fixtures';

const retry = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };

function setup(notifiers: ChannelNotifier[], options: { now?: () => number; sleep?: (ms: number) => Promise<void> } = {}) {
  const world = dossierWorld();
  const outbox = new MemoryNotificationOutbox();
  const failures = new MemoryDeliveryFailureLog();
  const delays: number[] = [];
  const now = options.now ?? (() => Date.now());
  const notifier = new StatusNotifier({
    system: world.system,
    repository: world.repository,
    notifiers,
    compose: (change, dossier) => `Hồ sơ ${dossier.code}: ${change.to}${change.note ? ` (${change.note})` : ''}`,
    outbox,
    failures,
    logger: world.logger,
    retry,
    random: () => 1,
    clock: () => new Date(now()),
    sleep:
      options.sleep ??
      (async (ms) => {
        delays.push(ms);
      }),
  });
  notifier.start();
  return { ...world, outbox, failures, delays, notifier };
}

describe('StatusNotifier', () => {
  it('sends the composed message to the owner on their channel and records the delivery', async () => {
    const webchat = new ScriptedNotifier('webchat');
    const t = setup([new ScriptedNotifier('zalo'), webchat]);
    const { code } = await t.system.submit(submission({ channelId: 'webchat', userId: 'u-1' }));
    await t.system.transition(code, 'processing', { actor: officer, note: 'đã phân công' });
    expect(await t.notifier.idle(1000)).toBe(true);
    expect(webchat.sent).toEqual([{ userId: 'u-1', text: `Hồ sơ ${code}: processing (đã phân công)` }]);
    expect((await t.repository.get(code))?.notifications).toEqual([{ channel: 'test:webchat', ok: true, at: expect.any(String) }]);
    expect(await t.outbox.pending()).toEqual([]);
    expect(await t.failures.list(10)).toEqual([]);
  });

  it('retries transient failures with exponential backoff and records every attempt', async () => {
    const webchat = new ScriptedNotifier('webchat', ['transient', 'transient']);
    const t = setup([webchat]);
    const { code } = await t.system.submit(submission({ channelId: 'webchat', userId: 'u-1' }));
    await t.system.transition(code, 'processing', { actor: officer });
    await t.notifier.idle(1000);
    expect(webchat.attempts).toBe(3);
    expect(t.delays).toEqual([100, 200]);
    const records = (await t.repository.get(code))?.notifications ?? [];
    expect(records.map((r) => r.ok)).toEqual([false, false, true]);
    expect(records[0]?.error).toBe('lần 1 lỗi tạm thời');
    expect(await t.failures.list(10)).toEqual([]);
  });

  it('gives up after maxAttempts and lists the failure for officers', async () => {
    const webchat = new ScriptedNotifier('webchat', ['transient', 'transient', 'transient', 'transient', 'transient']);
    const t = setup([webchat]);
    const { code } = await t.system.submit(submission({ channelId: 'webchat', userId: 'u-1' }));
    await t.system.transition(code, 'processing', { actor: officer });
    await t.notifier.idle(1000);
    expect(webchat.attempts).toBe(retry.maxAttempts);
    expect(t.delays).toEqual([100, 200, 400]);
    expect(await t.failures.list(10)).toEqual([
      { code, procedureName: 'Thủ tục đăng ký khai sinh', to: 'processing', channel: 'test:webchat', error: 'lần 4 lỗi tạm thời', attempts: 4, at: expect.any(String) },
    ]);
    expect(await t.outbox.pending()).toEqual([]);
  });

  it('does not retry a permanent failure', async () => {
    const zalo = new ScriptedNotifier('zalo', ['permanent']);
    const t = setup([zalo]);
    const { code } = await t.system.submit(submission({ channelId: 'zalo', userId: 'z-1' }));
    await t.system.transition(code, 'processing', { actor: officer });
    await t.notifier.idle(1000);
    expect(zalo.attempts).toBe(1);
    expect(t.delays).toEqual([]);
    expect((await t.failures.list(10))[0]).toMatchObject({ code, channel: 'test:zalo', error: 'người dân đã chặn kênh', attempts: 1 });
  });

  it('records and lists a dossier whose channel no notifier serves', async () => {
    const t = setup([new ScriptedNotifier('webchat')]);
    const { code } = await t.system.submit(submission({ channelId: 'sms', userId: '0912345678' }));
    await t.system.transition(code, 'processing', { actor: officer });
    await t.notifier.idle(1000);
    const [failure] = await t.failures.list(10);
    expect(failure).toMatchObject({ code, channel: 'sms', attempts: 0 });
    expect(failure?.error).toContain('"sms"');
    expect((await t.repository.get(code))?.notifications).toEqual([{ channel: 'sms', ok: false, error: failure?.error, at: expect.any(String) }]);
  });

  it('lets the status change return before the message is delivered', async () => {
    const gate = deferred();
    const webchat = new ScriptedNotifier('webchat', [gate.promise]);
    const t = setup([webchat]);
    const { code } = await t.system.submit(submission({ channelId: 'webchat', userId: 'u-1' }));
    await t.system.transition(code, 'processing', { actor: officer });
    expect(webchat.sent).toEqual([]);
    expect(await t.outbox.pending()).toHaveLength(1);
    expect(await t.notifier.idle(20)).toBe(false);
    gate.resolve();
    expect(await t.notifier.idle(1000)).toBe(true);
    expect(webchat.sent).toHaveLength(1);
  });

  it("delivers one dossier's messages in the order of its changes, even when the first needs a retry", async () => {
    const webchat = new ScriptedNotifier('webchat', ['transient']);
    const t = setup([webchat]);
    const { code } = await t.system.submit(submission({ channelId: 'webchat', userId: 'u-1' }));
    await t.system.transition(code, 'processing', { actor: officer });
    await t.system.transition(code, 'result_ready', { actor: officer });
    await t.notifier.idle(1000);
    expect(webchat.sent.map((s) => s.text)).toEqual([`Hồ sơ ${code}: processing`, `Hồ sơ ${code}: result_ready`]);
  });

  it('takes over a job whose deliverer died, but not one still claimed', async () => {
    let now = Date.parse('2026-03-02T03:00:00Z');
    const webchat = new ScriptedNotifier('webchat');
    const t = setup([webchat], { now: () => now });
    const { code } = await t.system.submit(submission({ channelId: 'webchat', userId: 'u-1' }));
    await t.outbox.add({ id: 'left-behind', code, to: 'processing', text: 'tin còn sót', at: new Date(now).toISOString() }, now);
    now += 30_000;
    expect(await t.notifier.recover()).toBe(0);
    now += 10 * 60_000;
    expect(await t.notifier.recover()).toBe(1);
    await t.notifier.idle(1000);
    expect(webchat.sent).toEqual([{ userId: 'u-1', text: 'tin còn sót' }]);
    expect(await t.outbox.pending()).toEqual([]);
  });

  it('stop() ends a waiting retry and leaves the job in the outbox', async () => {
    const webchat = new ScriptedNotifier('webchat', ['transient']);
    const t = setup([webchat], { sleep: () => new Promise(() => undefined) });
    const { code } = await t.system.submit(submission({ channelId: 'webchat', userId: 'u-1' }));
    await t.system.transition(code, 'processing', { actor: officer });
    expect(await t.notifier.idle(20)).toBe(false);
    t.notifier.stop();
    expect(await t.notifier.idle(1000)).toBe(true);
    expect(webchat.attempts).toBe(1);
    expect(await t.outbox.pending()).toHaveLength(1);
    await t.system.transition(code, 'result_ready', { actor: officer });
    expect(await t.outbox.pending()).toHaveLength(1);
  });
});
