import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Dossier, NotificationRecord } from '../dossiers/dossier';
import type { DossierRepository } from '../dossiers/dossierRepository';
import type { DossierStatusChange, DossierSystem } from '../dossiers/dossierSystem';
import { describeFailure, NotificationDeliveryError, type ChannelNotifier } from './channelNotifier';
import type { DeliveryFailureLog } from './deliveryFailures';
import { KeyedTasks } from './keyedTasks';
import type { NotificationJob, NotificationOutbox } from './outbox';
import { DEFAULT_NOTIFICATION_RETRY, longestWait, retryDelay, type RetryPolicy } from './retryPolicy';

export interface StatusNotifierOptions {
  readonly system: Pick<DossierSystem, 'onStatusChange'>;
  readonly repository: Pick<DossierRepository, 'get' | 'recordNotification'>;
  /** Tried in order; the first that serves the dossier's owner sends. */
  readonly notifiers: readonly ChannelNotifier[];
  /** The citizen's message for a change (see statusChangeMessage). */
  readonly compose: (change: DossierStatusChange, dossier: Dossier) => string;
  readonly outbox: NotificationOutbox;
  readonly failures: DeliveryFailureLog;
  readonly logger: Logger;
  readonly retry?: RetryPolicy;
  /** Tests pass a sleep that records the delays instead of waiting. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly clock?: () => Date;
  /** A job whose claim is older than this belongs to a dead process and is taken over; default: longest wait + 60 s. */
  readonly staleAfterMs?: number;
}

const NO_CHANNEL = 'Không có kênh nào gửi được thông báo cho hồ sơ này (kênh "{channel}").';

/**
 * Tells citizens about status changes on the channel their dossier came from. The status-change listener
 * only composes the message and stores it in the outbox, so an officer's request is not held up; delivery
 * runs in the background with exponential backoff, one dossier's messages in order. Every attempt is
 * recorded on the dossier; a message that never arrives is listed for officers. Jobs left by a process
 * that died are taken over by recover(), so each message is sent at least once.
 *
 * @example
 *   const notifier = new StatusNotifier({ system, repository, notifiers, compose, outbox, failures, logger });
 *   notifier.start();                 // subscribe
 *   notifier.startRecovery(60_000);   // production: take over stale jobs now and every minute
 *   await notifier.idle(5000);        // tests and shutdown
 */
export class StatusNotifier {
  private readonly tasks = new KeyedTasks();
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => Date;
  private readonly staleAfterMs: number;
  private unsubscribe: (() => void) | null = null;
  private recoveryTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private wakeOnStop: () => void = () => undefined;
  private stopSignal: Promise<void> = this.newStopSignal();

  constructor(private readonly options: StatusNotifierOptions) {
    this.retry = options.retry ?? DEFAULT_NOTIFICATION_RETRY;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()));
    this.clock = options.clock ?? (() => new Date());
    this.staleAfterMs = options.staleAfterMs ?? longestWait(this.retry) + 60_000;
  }

  start(): void {
    if (this.stopped) this.stopSignal = this.newStopSignal();
    this.stopped = false;
    this.unsubscribe ??= this.options.system.onStatusChange((change) => this.enqueue(change));
  }

  /** Takes over stale jobs now and then every `intervalMs` (the timer does not keep the process alive). */
  startRecovery(intervalMs: number): void {
    void this.recover();
    this.recoveryTimer ??= setInterval(() => void this.recover(), intervalMs);
    this.recoveryTimer.unref();
  }

  /** No new jobs; waiting ones stop now and stay in the outbox for another process or the next start. */
  stop(): void {
    this.stopped = true;
    this.wakeOnStop();
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.recoveryTimer) clearInterval(this.recoveryTimer);
    this.recoveryTimer = null;
  }

  /** Resolves true once every delivery has finished, false when `timeoutMs` passes first. */
  idle(timeoutMs?: number): Promise<boolean> {
    return this.tasks.idle(timeoutMs);
  }

  /** The status-change listener: quick (one read, one write), delivery continues in the background. */
  async enqueue(change: DossierStatusChange): Promise<void> {
    const dossier = await this.options.repository.get(change.code);
    if (!dossier) {
      this.options.logger.warn({ code: change.code }, 'status change for a dossier that cannot be read; citizen not notified');
      return;
    }
    const job: NotificationJob = { id: randomUUID(), code: dossier.code, to: change.to, text: this.options.compose(change, dossier), at: change.at };
    try {
      await this.options.outbox.add(job, this.now());
    } catch (err) {
      this.options.logger.error({ err, code: job.code }, 'notification outbox unavailable; delivering without a durable copy');
    }
    this.schedule(job);
  }

  /** Delivers jobs whose deliverer died (claim older than staleAfterMs); returns how many were taken over. */
  async recover(): Promise<number> {
    if (this.stopped) return 0;
    try {
      const now = this.now();
      const jobs = await this.options.outbox.claimStale(now - this.staleAfterMs, now);
      for (const job of jobs) this.schedule(job);
      if (jobs.length > 0) this.options.logger.info({ jobs: jobs.length }, 'took over undelivered notifications');
      return jobs.length;
    } catch (err) {
      this.options.logger.error({ err }, 'notification recovery failed');
      return 0;
    }
  }

  private schedule(job: NotificationJob): void {
    void this.tasks.run(job.code, async () => {
      try {
        await this.deliver(job);
      } catch (err) {
        this.options.logger.error({ err, code: job.code }, 'notification delivery crashed; left in the outbox');
      }
    });
  }

  private async deliver(job: NotificationJob): Promise<void> {
    const dossier = await this.options.repository.get(job.code);
    if (!dossier) {
      await this.options.outbox.remove(job.id);
      return;
    }
    const notifier = this.options.notifiers.find((n) => n.serves(dossier.owner));
    if (!notifier) {
      const channel = dossier.owner.channelId;
      const error = NO_CHANNEL.replace('{channel}', channel);
      await this.record(job.code, { channel, ok: false, error, at: this.at() });
      await this.giveUp(job, dossier, channel, error, 0);
      return;
    }
    await this.attempt(job, dossier, notifier);
  }

  private async attempt(job: NotificationJob, dossier: Dossier, notifier: ChannelNotifier): Promise<void> {
    const channel = notifier.channelName(dossier.owner);
    for (let attempt = 1; ; attempt += 1) {
      await this.options.outbox.touch(job.id, this.now()).catch(() => undefined);
      try {
        await notifier.send(dossier.owner, job.text);
        await this.record(job.code, { channel, ok: true, at: this.at() });
        await this.options.outbox.remove(job.id);
        this.options.logger.info({ code: job.code, to: job.to, channel, attempt }, 'citizen notified of status change');
        return;
      } catch (err) {
        const error = err instanceof NotificationDeliveryError ? err.officerMessage : describeFailure(err);
        await this.record(job.code, { channel, ok: false, error, at: this.at() });
        const final = (err instanceof NotificationDeliveryError && err.permanent) || attempt >= this.retry.maxAttempts;
        this.options.logger.warn({ err, code: job.code, channel, attempt, final }, 'notification attempt failed');
        if (final) return this.giveUp(job, dossier, channel, error, attempt);
        await Promise.race([this.sleep(retryDelay(attempt, this.retry, this.options.random)), this.stopSignal]);
        if (this.stopped) return;
      }
    }
  }

  private async giveUp(job: NotificationJob, dossier: Dossier, channel: string, error: string, attempts: number): Promise<void> {
    await this.options.failures.record({ code: job.code, procedureName: dossier.procedureName, to: job.to, channel, error, attempts, at: this.at() });
    await this.options.outbox.remove(job.id);
    this.options.logger.error({ code: job.code, to: job.to, channel, attempts }, 'citizen could not be notified; listed for officers');
  }

  private async record(code: string, record: NotificationRecord): Promise<void> {
    try {
      await this.options.repository.recordNotification(code, record);
    } catch (err) {
      this.options.logger.error({ err, code }, 'notification outcome not recorded');
    }
  }

  private newStopSignal(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wakeOnStop = resolve;
    });
  }

  private now(): number {
    return this.clock().getTime();
  }

  private at(): string {
    return this.clock().toISOString();
  }
}
