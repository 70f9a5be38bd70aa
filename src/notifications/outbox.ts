import type { DossierStatus } from '../dossiers/status';

/** One status-change message waiting to reach a citizen. */
export interface NotificationJob {
  readonly id: string;
  readonly code: string;
  readonly to: DossierStatus;
  /** The composed Vietnamese message, so a retry after a restart sends the same words. */
  readonly text: string;
  /** ISO 8601 instant of the status change. */
  readonly at: string;
}

/**
 * Durable list of notifications not yet delivered or given up on: what makes delivery at-least-once
 * across crashes. Each job carries a claim time that its deliverer renews before every attempt; a job
 * whose claim has gone stale (its process died) is taken over by exactly one claimStale caller.
 */
export interface NotificationOutbox {
  /** Stores the job, claimed at `nowMs` by the caller. */
  add(job: NotificationJob, nowMs: number): Promise<void>;
  /** Renews the caller's claim; does nothing when the job is gone. */
  touch(id: string, nowMs: number): Promise<void>;
  remove(id: string): Promise<void>;
  /** Atomically claims (at `nowMs`) up to `limit` jobs whose claim is not newer than `staleBeforeMs`. */
  claimStale(staleBeforeMs: number, nowMs: number, limit?: number): Promise<NotificationJob[]>;
  /** Every job still waiting (tests and diagnostics). */
  pending(): Promise<NotificationJob[]>;
}

export const DEFAULT_CLAIM_LIMIT = 100;

/** In this process only: for tests and development (a restart loses the jobs, as it loses everything else). */
export class MemoryNotificationOutbox implements NotificationOutbox {
  private readonly jobs = new Map<string, { job: NotificationJob; claimedAt: number }>();

  async add(job: NotificationJob, nowMs: number): Promise<void> {
    this.jobs.set(job.id, { job: structuredClone(job), claimedAt: nowMs });
  }

  async touch(id: string, nowMs: number): Promise<void> {
    const entry = this.jobs.get(id);
    if (entry) entry.claimedAt = nowMs;
  }

  async remove(id: string): Promise<void> {
    this.jobs.delete(id);
  }

  async claimStale(staleBeforeMs: number, nowMs: number, limit = DEFAULT_CLAIM_LIMIT): Promise<NotificationJob[]> {
    const stale = [...this.jobs.values()].filter((e) => e.claimedAt <= staleBeforeMs).sort((a, b) => a.claimedAt - b.claimedAt).slice(0, limit);
    for (const entry of stale) entry.claimedAt = nowMs;
    return stale.map((e) => structuredClone(e.job));
  }

  async pending(): Promise<NotificationJob[]> {
    return [...this.jobs.values()].map((e) => structuredClone(e.job));
  }
}
