import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one app instance (a registry per app, so tests can build several apps). */
export class Metrics {
  readonly registry = new Registry();
  readonly turns = new Counter({ name: 'onestop_turns_total', help: 'Bot turns processed', labelNames: ['channel'] as const, registers: [this.registry] });
  readonly turnLatency = new Histogram({
    name: 'onestop_turn_duration_seconds',
    help: 'Time to process one bot turn, lock wait included',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({ name: 'onestop_errors_total', help: 'Errors by kind', labelNames: ['kind'] as const, registers: [this.registry] });
  readonly redisErrors = new Counter({ name: 'onestop_redis_errors_total', help: 'Redis client and command errors', registers: [this.registry] });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }
}
