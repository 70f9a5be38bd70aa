import { parseDossierCode } from '../domain/dossierCode';
import { withoutPersonalData, type Dossier, type DossierDraft, type NotificationRecord, type OwnerKey } from './dossier';
import { applyHistoryEntry, buildNewDossier, historyEntry, phoneIndexKey } from './dossierChanges';
import { assertListQuery, type DossierListQuery, type DossierPage, type DossierRepository } from './dossierRepository';
import { issueDossierCode, type DossierSequence } from './dossierSequence';
import { DossierConflictError, DossierNotFoundError } from './errors';
import type { RedisClient } from './redisClient';
import { fromRedis, toHashFields } from './redisDossierCodec';
import { RedisDossierKeys } from './redisDossierKeys';
import { RedisDossierSequence } from './redisDossierSequence';
import { assertTransition, type DossierStatus, type TransitionRequest } from './status';

/** Creates the dossier and its index entries unless the code is taken (a counter lost after a restart). */
const CREATE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('RPUSH', KEYS[2], ARGV[3])
for i = 3, #KEYS do redis.call('ZADD', KEYS[i], ARGV[1], ARGV[2]) end
return 1`;

/** Compare-and-set on status: applies the change only if nobody changed the status since we read it. */
const TRANSITION_SCRIPT = `
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return -1 end
if current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'updatedAt', ARGV[3])
redis.call('RPUSH', KEYS[2], ARGV[4])
redis.call('ZREM', KEYS[3], ARGV[5])
redis.call('ZADD', KEYS[4], ARGV[6], ARGV[5])
return 1`;

const NOTIFY_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
return 1`;

const MAX_TRANSITION_ATTEMPTS = 5;

export interface RedisDossierRepositoryOptions {
  readonly client: RedisClient;
  /** REDIS_KEY_PREFIX from configuration, e.g. "onestop:". */
  readonly keyPrefix: string;
  readonly agencyId: string;
  /** Defaults to a RedisDossierSequence on the same client and prefix. */
  readonly sequence?: DossierSequence;
  readonly clock?: () => Date;
}

/**
 * Dossiers in Redis (layout in redisDossierKeys.ts). Writes are single Lua scripts, so a dossier and its
 * indexes never disagree and concurrent status changes cannot both win.
 */
export class RedisDossierRepository implements DossierRepository {
  private readonly client: RedisClient;
  private readonly keys: RedisDossierKeys;
  private readonly agencyId: string;
  private readonly sequence: DossierSequence;
  private readonly clock: () => Date;

  constructor(options: RedisDossierRepositoryOptions) {
    this.client = options.client;
    this.keys = new RedisDossierKeys(options.keyPrefix);
    this.agencyId = options.agencyId;
    this.sequence = options.sequence ?? new RedisDossierSequence(options.client, options.keyPrefix);
    this.clock = options.clock ?? (() => new Date());
  }

  async create(draft: DossierDraft): Promise<Dossier> {
    const receivedAt = draft.receivedAt ?? this.clock();
    for (;;) {
      const code = await issueDossierCode(this.sequence, this.agencyId, receivedAt);
      const dossier = buildNewDossier(draft, code, receivedAt);
      const created = await this.client.eval(CREATE_SCRIPT, {
        keys: [
          this.keys.dossier(code),
          this.keys.history(code),
          this.keys.all(),
          this.keys.byStatus(dossier.status),
          this.keys.byPhone(dossier.applicant.phone),
          this.keys.byOwner(dossier.owner),
        ],
        arguments: [
          String(receivedAt.getTime()),
          code,
          JSON.stringify(dossier.history[0]),
          ...Object.entries(toHashFields(dossier)).flat(),
        ],
      });
      if (Number(created) === 1) return dossier;
    }
  }

  async get(code: string): Promise<Dossier | null> {
    const parsed = parseDossierCode(code);
    if (!parsed) return null;
    const [found] = await this.load([parsed.code]);
    return found ?? null;
  }

  async listByPhone(phone: string): Promise<Dossier[]> {
    return this.load(await this.newestFirst(this.keys.byPhone(phoneIndexKey(phone))));
  }

  async listByOwner(owner: OwnerKey): Promise<Dossier[]> {
    return this.load(await this.newestFirst(this.keys.byOwner(owner)));
  }

  async list(query: DossierListQuery): Promise<DossierPage> {
    assertListQuery(query);
    const index = query.status ? this.keys.byStatus(query.status) : this.keys.all();
    let codes = await this.newestFirst(index, query.from, query.to);
    if (query.procedureCode !== undefined) codes = await this.withProcedure(codes, query.procedureCode);
    const start = (query.page - 1) * query.pageSize;
    const items = await this.load(codes.slice(start, start + query.pageSize));
    return { items, total: codes.length, page: query.page, pageSize: query.pageSize };
  }

  async transition(code: string, to: DossierStatus, request: TransitionRequest): Promise<Dossier> {
    for (let attempt = 1; attempt <= MAX_TRANSITION_ATTEMPTS; attempt += 1) {
      const current = await this.get(code);
      if (!current) throw new DossierNotFoundError(code);
      assertTransition(current.status, to, request);
      const entry = historyEntry(current.status, to, request, this.clock());
      const result = Number(
        await this.client.eval(TRANSITION_SCRIPT, {
          keys: [this.keys.dossier(current.code), this.keys.history(current.code), this.keys.byStatus(current.status), this.keys.byStatus(to)],
          arguments: [current.status, to, entry.at, JSON.stringify(entry), current.code, String(Date.parse(current.createdAt))],
        }),
      );
      if (result === 1) return applyHistoryEntry(current, entry);
      if (result === -1) throw new DossierNotFoundError(code);
    }
    throw new DossierConflictError(code, MAX_TRANSITION_ATTEMPTS);
  }

  async recordNotification(code: string, notification: NotificationRecord): Promise<void> {
    const canonical = parseDossierCode(code)?.code;
    if (!canonical) throw new DossierNotFoundError(code);
    const recorded = await this.client.eval(NOTIFY_SCRIPT, {
      keys: [this.keys.dossier(canonical), this.keys.notifications(canonical)],
      arguments: [JSON.stringify(notification)],
    });
    if (Number(recorded) !== 1) throw new DossierNotFoundError(code);
  }

  async erasePersonalData(code: string): Promise<Dossier> {
    const current = await this.get(code);
    if (!current) throw new DossierNotFoundError(code);
    if (current.personalDataErasedAt) return current;
    const erased = withoutPersonalData(current, this.clock());
    const fields = toHashFields(erased);
    await this.client
      .multi()
      .hSet(this.keys.dossier(current.code), {
        applicant: fields.applicant ?? '',
        owner: fields.owner ?? '',
        personalDataErasedAt: erased.personalDataErasedAt ?? '',
      })
      .hDel(this.keys.dossier(current.code), 'attachments')
      .zRem(this.keys.byPhone(phoneIndexKey(current.applicant.phone)), current.code)
      .exec();
    return erased;
  }

  private async newestFirst(index: string, from?: Date, to?: Date): Promise<string[]> {
    const max = to ? `(${to.getTime()}` : '+inf';
    const min = from ? String(from.getTime()) : '-inf';
    return this.client.zRange(index, max, min, { BY: 'SCORE', REV: true });
  }

  private async withProcedure(codes: readonly string[], procedureCode: string): Promise<string[]> {
    if (codes.length === 0) return [];
    const multi = this.client.multi();
    for (const code of codes) multi.hGet(this.keys.dossier(code), 'procedureCode');
    const replies = await multi.exec();
    return codes.filter((_code, i) => String(replies[i]) === procedureCode);
  }

  /** Reads dossiers in one round trip, in the order given, skipping codes that are gone. */
  private async load(codes: readonly string[]): Promise<Dossier[]> {
    if (codes.length === 0) return [];
    const multi = this.client.multi();
    for (const code of codes) {
      multi.hGetAll(this.keys.dossier(code)).lRange(this.keys.history(code), 0, -1).lRange(this.keys.notifications(code), 0, -1);
    }
    const replies = (await multi.exec()) as unknown[];
    const dossiers: Dossier[] = [];
    for (let i = 0; i < codes.length; i += 1) {
      const hash = replies[i * 3] as Record<string, string>;
      if (Object.keys(hash).length === 0) continue;
      dossiers.push(fromRedis(hash, replies[i * 3 + 1] as string[], replies[i * 3 + 2] as string[]));
    }
    return dossiers;
  }
}
