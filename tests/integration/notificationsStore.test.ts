import { MemoryDeliveryFailureLog, MAX_KEPT_FAILURES, type DeliveryFailure, type DeliveryFailureLog } from '../../src/notifications/deliveryFailures';
import { MemoryNotificationOutbox, type NotificationJob, type NotificationOutbox } from '../../src/notifications/outbox';
import { RedisDeliveryFailureLog } from '../../src/notifications/redisDeliveryFailures';
import { RedisNotificationOutbox } from '../../src/notifications/redisOutbox';
import { connectTestRedis, deletePrefix, uniquePrefix, type TestRedisClient } from '../support/testRedis';

let redis: TestRedisClient;
let prefix: string;

beforeAll(async () => {
  redis = await connectTestRedis();
});
afterAll(async () => {
  await redis.close();
});
beforeEach(() => {
  prefix = uniquePrefix('notify');
});
afterEach(async () => {
  await deletePrefix(redis, prefix);
});

const job = (id: string): NotificationJob => ({ id, code: `DEMO-260302-000${id.slice(-1)}`, to: 'processing', text: `Dạ, tin ${id} ạ.`, at: '2026-03-02T03:00:00.000Z' });
const failure = (n: number): DeliveryFailure => ({
  code: `DEMO-260302-${String(n).padStart(4, '0')}`,
  procedureName: 'Thủ tục đăng ký khai sinh',
  to: 'result_ready',
  channel: 'zalo',
  error: 'Không gửi được (mã -230).',
  attempts: 1,
  at: '2026-03-02T03:00:00.000Z',
});

const outboxes: Array<[string, () => NotificationOutbox]> = [
  ['memory', () => new MemoryNotificationOutbox()],
  ['redis', () => new RedisNotificationOutbox(redis, prefix)],
];

describe.each(outboxes)('NotificationOutbox (%s)', (_name, make) => {
  it('keeps jobs until removed', async () => {
    const outbox = make();
    await outbox.add(job('a1'), 1000);
    await outbox.add(job('b2'), 1000);
    await outbox.remove('a1');
    expect(await outbox.pending()).toEqual([job('b2')]);
  });

  it('claims only jobs whose claim is stale, and renews the claim', async () => {
    const outbox = make();
    await outbox.add(job('a1'), 1000);
    await outbox.add(job('b2'), 5000);
    expect(await outbox.claimStale(2000, 10_000)).toEqual([job('a1')]);
    expect(await outbox.claimStale(2000, 10_000)).toEqual([]);
    await outbox.touch('b2', 20_000);
    expect(await outbox.claimStale(15_000, 30_000)).toEqual([job('a1')]);
    await outbox.touch('gone', 1);
    expect((await outbox.pending()).map((j) => j.id).sort()).toEqual(['a1', 'b2']);
  });

  it('hands a stale job to exactly one of many concurrent claimers', async () => {
    const outbox = make();
    for (let i = 0; i < 5; i += 1) await outbox.add(job(`j${i}`), 1000);
    const claims = await Promise.all(Array.from({ length: 8 }, () => outbox.claimStale(2000, 9000)));
    const ids = claims.flat().map((j) => j.id).sort();
    expect(ids).toEqual(['j0', 'j1', 'j2', 'j3', 'j4']);
  });
});

const logs: Array<[string, () => DeliveryFailureLog]> = [
  ['memory', () => new MemoryDeliveryFailureLog()],
  ['redis', () => new RedisDeliveryFailureLog(redis, prefix)],
];

describe.each(logs)('DeliveryFailureLog (%s)', (_name, make) => {
  it('lists newest first, up to the limit, keeping at most MAX_KEPT_FAILURES', async () => {
    const log = make();
    for (let n = 1; n <= MAX_KEPT_FAILURES + 3; n += 1) await log.record(failure(n));
    expect((await log.list(2)).map((f) => f.code)).toEqual([failure(MAX_KEPT_FAILURES + 3).code, failure(MAX_KEPT_FAILURES + 2).code]);
    const all = await log.list(MAX_KEPT_FAILURES + 10);
    expect(all).toHaveLength(MAX_KEPT_FAILURES);
    expect(all[all.length - 1]).toEqual(failure(4));
  });
});
