import type { RedisClient } from '../storage/redisClient';

export interface RatingSummary {
  procedureCode: string;
  count: number;
  average: number;
  /** Count per star, index 0 = 1 star. */
  histogram: [number, number, number, number, number];
}

/** Satisfaction ratings (1–5) per procedure, for staff to see which answers need work. */
export interface RatingStore {
  add(procedureCode: string, stars: number): Promise<void>;
  summary(procedureCode: string): Promise<RatingSummary>;
}

function checkStars(stars: number): void {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) throw new RangeError(`rating must be 1–5, got ${stars}`);
}

function summarize(procedureCode: string, histogram: number[]): RatingSummary {
  const h = [0, 1, 2, 3, 4].map((i) => histogram[i] ?? 0) as RatingSummary['histogram'];
  const count = h.reduce((a, b) => a + b, 0);
  const total = h.reduce((a, n, i) => a + n * (i + 1), 0);
  return { procedureCode, count, average: count ? Math.round((total / count) * 100) / 100 : 0, histogram: h };
}

export class MemoryRatingStore implements RatingStore {
  private readonly counts = new Map<string, number[]>();

  async add(procedureCode: string, stars: number): Promise<void> {
    checkStars(stars);
    const h = this.counts.get(procedureCode) ?? [0, 0, 0, 0, 0];
    h[stars - 1] = (h[stars - 1] ?? 0) + 1;
    this.counts.set(procedureCode, h);
  }

  async summary(procedureCode: string): Promise<RatingSummary> {
    return summarize(procedureCode, this.counts.get(procedureCode) ?? []);
  }
}

export class RedisRatingStore implements RatingStore {
  constructor(private readonly client: RedisClient, private readonly keyPrefix: string) {}

  async add(procedureCode: string, stars: number): Promise<void> {
    checkStars(stars);
    await this.client.hIncrBy(`${this.keyPrefix}ratings:${procedureCode}`, String(stars), 1);
  }

  async summary(procedureCode: string): Promise<RatingSummary> {
    const raw = await this.client.hGetAll(`${this.keyPrefix}ratings:${procedureCode}`);
    return summarize(procedureCode, [1, 2, 3, 4, 5].map((s) => Number(raw[String(s)] ?? 0)));
  }
}
