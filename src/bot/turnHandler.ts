import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { TurnSerializer } from '../storage/turnSerializer';
import type { Responses } from './responses';
import { handleTurnError } from './turnErrors';

/** What every channel adapter calls for an incoming activity. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/** The bot as the channels see it: botbuilder's ActivityHandler satisfies this. */
export interface TurnBot {
  run(context: TurnContext): Promise<void>;
}

export interface TurnHandlerDeps {
  bot: TurnBot;
  serializer: TurnSerializer;
  metrics: Metrics;
  logger: Logger;
  responses: Responses;
  /** Counts turns in flight so shutdown can wait for them. */
  inFlight?: InFlightTurns;
}

export class InFlightTurns {
  private count = 0;
  private waiters: Array<() => void> = [];

  enter(): void {
    this.count += 1;
  }

  leave(): void {
    this.count -= 1;
    if (this.count === 0) for (const w of this.waiters.splice(0)) w();
  }

  get size(): number {
    return this.count;
  }

  /** Resolves when no turn runs, or after timeoutMs. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

/** Key of the turn lock: one conversation on one channel. */
export function conversationKey(context: TurnContext): string {
  return `${context.activity.channelId}/${context.activity.conversation?.id ?? 'unknown'}`;
}

/** Wraps the bot with per-conversation serialization, metrics and the turn-error policy. */
export function createTurnHandler(deps: TurnHandlerDeps): TurnLogic {
  return async (context) => {
    const channel = context.activity.channelId || 'unknown';
    const stopTimer = deps.metrics.turnLatency.startTimer({ channel });
    deps.inFlight?.enter();
    try {
      await deps.serializer.runExclusive(conversationKey(context), () => deps.bot.run(context));
      deps.metrics.turns.inc({ channel });
    } catch (err) {
      await handleTurnError(context, err, deps);
    } finally {
      stopTimer();
      deps.inFlight?.leave();
    }
  };
}
