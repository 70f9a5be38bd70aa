import path from 'node:path';
import type { Logger } from '../logger';
import type { RedisClient } from '../storage/redisClient';
import { STATUS_CHECK_POLICY, type AttemptLimiter } from './attemptLimiter';
import { BuiltInDossierSystem } from './builtInDossierSystem';
import type { DossierRepository } from './dossierRepository';
import { loadWorkingCalendar } from './holidayFiles';
import { InMemoryAttemptLimiter } from './inMemoryAttemptLimiter';
import { InMemoryDossierRepository } from './inMemoryDossierRepository';
import { RedisAttemptLimiter } from './redisAttemptLimiter';
import { RedisDossierRepository } from './redisDossierRepository';
import { DossierStatusChecker } from './statusCheck';

/** Everything the app needs for dossiers, on Redis when it is configured, in memory otherwise. */
export interface DossierServices {
  readonly repository: DossierRepository;
  readonly system: BuiltInDossierSystem;
  readonly checker: DossierStatusChecker;
  readonly agencyIdentifier: string;
}

export interface DossierServicesOptions {
  redis?: RedisClient;
  keyPrefix: string;
  dataDir: string;
  agencyIdentifier: string;
  cutoff: string;
  opening: string;
  logger: Logger;
  clock?: () => Date;
}

export function createDossierServices(options: DossierServicesOptions): DossierServices {
  const { redis, keyPrefix, agencyIdentifier: agencyId, clock } = options;
  const repository: DossierRepository = redis
    ? new RedisDossierRepository({ client: redis, keyPrefix, agencyId, clock })
    : new InMemoryDossierRepository({ agencyId, clock });
  const calendar = loadWorkingCalendar(path.join(options.dataDir, 'holidays'), { missingYear: 'throw' });
  const system = new BuiltInDossierSystem({
    repository,
    calendar,
    logger: options.logger,
    schedule: { cutoff: options.cutoff, opening: options.opening },
    clock,
  });
  const limiter: AttemptLimiter = redis
    ? new RedisAttemptLimiter({ client: redis, keyPrefix, scope: 'status-check', policy: STATUS_CHECK_POLICY })
    : new InMemoryAttemptLimiter(STATUS_CHECK_POLICY);
  return { repository, system, checker: new DossierStatusChecker(system, limiter), agencyIdentifier: agencyId };
}
