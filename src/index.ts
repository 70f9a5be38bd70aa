import http from 'node:http';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { Metrics } from './metrics';
import { createApp } from './app';
import { connectRedis, createRedisClient } from './storage/redisClient';
import { checkRedisPersistence } from './dossiers/redisPersistence';
import { erasePersonalDataPastRetention } from './dossiers/retention';

const IN_MEMORY_WARNING = [
  '****************************************************************************',
  '*  REDIS_URL is not set: conversations and state live in this process only. *',
  '*  Everything is LOST on restart and NOT shared between instances.          *',
  '*  This is for trying the bot out - NOT FOR PRODUCTION.                     *',
  '****************************************************************************',
].join('\n');

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty });
  const metrics = new Metrics({ defaultMetrics: true });

  const redis = config.redisUrl ? createRedisClient(config.redisUrl, logger, metrics) : undefined;
  if (redis) {
    await connectRedis(redis, logger);
    // Dossiers live in Redis: without persistence a Redis restart would lose them.
    const persistence = redis.isReady ? await checkRedisPersistence(redis).catch(() => null) : null;
    if (persistence?.warning) {
      process.stderr.write(`\n!!! ${persistence.warning}\n\n`);
      logger.warn({ appendonly: persistence.appendonly }, persistence.warning);
    }
  } else {
    process.stderr.write(`\n${IN_MEMORY_WARNING}\n\n`);
    logger.warn('running with in-process state: not for production');
  }

  if (config.dossiers.agencyIdentifierIsPlaceholder) {
    logger.warn('AGENCY_IDENTIFIER is not set: dossier codes start with the placeholder "DEMO" (set it before real use)');
  }
  const app = createApp({ config, logger, redis, metrics });
  // Notifications left undelivered by a stopped or crashed instance are taken over here.
  app.notifications.notifier.startRecovery(60_000);
  const server = http.createServer(app.express);
  server.keepAliveTimeout = 65_000;
  const warmUpStop = new AbortController();
  server.listen(config.port, config.host, () => {
    logger.info({ port: config.port, redis: Boolean(redis) }, `Trợ lý Một cửa is listening on http://localhost:${config.port}/`);
    // Messages are served meanwhile: the warm-up parses in slices of 10 ms between them.
    if (config.nluWarmUp > 0)
      app.services.knowledge.warmUp({ size: config.nluWarmUp, signal: warmUpStop.signal }).catch((err: unknown) => logger.warn({ err }, 'recognizer warm-up failed'));
  });

  // Erase personal data past its retention period: shortly after start, then daily.
  const retention = (): void => {
    erasePersonalDataPastRetention(app.services.dossiers.repository, { retentionDays: config.dossiers.retentionDays, now: new Date(), logger }).catch(
      (err: unknown) => logger.error({ err }, 'personal-data retention run failed; will retry tomorrow'),
    );
  };
  setTimeout(retention, 60_000).unref();
  setInterval(retention, 86_400_000).unref();

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: app.inFlight.size }, 'shutting down: no new turns, finishing those in flight');
    app.beginShutdown();
    warmUpStop.abort();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const finished = await app.inFlight.idle(config.shutdownGraceMs);
    await app.zalo?.idle();
    app.notifications.notifier.stop();
    // Unfinished deliveries stay in the outbox and are taken over after the restart.
    if (!(await app.notifications.notifier.idle(config.shutdownGraceMs))) logger.warn('notifications still pending; left in the outbox');
    if (!finished) logger.warn({ inFlight: app.inFlight.size }, 'grace period over with turns still running');
    server.closeAllConnections();
    await closed;
    if (redis?.isOpen) await redis.close().catch(() => redis.destroy());
    logger.info('stopped');
    logger.flush();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => {
    metrics.errors.inc({ kind: 'unhandled_rejection' });
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
