import { ActivityHandler, type ConversationState, type TurnContext } from 'botbuilder';
import type { BotServices } from '../../src/app';

interface Tally {
  count: number;
  texts: string[];
}

/**
 * A bot that remembers every message of a conversation in conversation state and replies "#n: text".
 * "?" asks it what it holds. Used to show that concurrent turns lose nothing.
 */
export class CountingBot extends ActivityHandler {
  constructor(private readonly state: ConversationState, delayMs = 0) {
    super();
    const tally = state.createProperty<Tally>('tally');
    this.onMessage(async (context, next) => {
      const t = await tally.get(context, { count: 0, texts: [] });
      const text = context.activity.text ?? '';
      if (text === '?') {
        await context.sendActivity(JSON.stringify(t));
      } else {
        if (delayMs) await new Promise((r) => setTimeout(r, Math.random() * delayMs));
        t.count += 1;
        t.texts.push(text);
        await context.sendActivity(`#${t.count}: ${text}`);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.state.saveChanges(context, false);
  }

  static factory(delayMs = 0) {
    return (services: BotServices) => new CountingBot(services.conversationState, delayMs);
  }
}
