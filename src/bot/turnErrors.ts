import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { StorageUnavailableError } from '../storage/storageErrors';
import { TurnLockTimeoutError } from '../storage/turnSerializer';
import type { Responses } from './responses';

/** Classifies a turn failure for metrics and for what the citizen is told. */
export function errorKind(err: unknown): 'storage_unavailable' | 'busy' | 'bug' {
  if (err instanceof StorageUnavailableError) return 'storage_unavailable';
  if (err instanceof TurnLockTimeoutError) return 'busy';
  return 'bug';
}

/**
 * The one turn-error policy: log with context, count it, tell the citizen politely what to do next.
 * Nothing is rolled back or cleared: state that was saved stays saved.
 */
export async function handleTurnError(
  context: TurnContext,
  err: unknown,
  deps: { logger: Logger; metrics: Metrics; responses: Responses },
): Promise<void> {
  const kind = errorKind(err);
  deps.metrics.errors.inc({ kind: `turn_${kind}` });
  const activity = context.activity;
  deps.logger.error(
    { err, kind, channelId: activity.channelId, conversationId: activity.conversation?.id, activityType: activity.type },
    'turn failed',
  );
  if (activity.type !== 'message') return;
  const text = deps.responses.t(kind === 'bug' ? 'error.generic' : 'error.busy');
  try {
    await context.sendActivity(text);
  } catch (sendErr) {
    deps.metrics.errors.inc({ kind: 'apology_undeliverable' });
    deps.logger.error({ err: sendErr }, 'could not deliver the apology');
  }
}
