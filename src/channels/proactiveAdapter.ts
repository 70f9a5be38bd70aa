import {
  ActivityEventNames,
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type ConversationReference,
} from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';

type Logic = (context: TurnContext) => Promise<void>;

/**
 * A channel adapter of our own (built-in Direct Line, Zalo, terminal) that can start a turn from a stored
 * conversation reference, the way CloudAdapter does for Bot Framework channels: notifications use the
 * same `continueConversationAsync` call whatever the channel.
 */
export abstract class ProactiveBotAdapter extends BotAdapter {
  async continueConversation(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: Logic): Promise<void>;
  override continueConversationAsync(claims: ClaimsIdentity, reference: Partial<ConversationReference>, logic: Logic): Promise<void>;
  override continueConversationAsync(claims: ClaimsIdentity, reference: Partial<ConversationReference>, audience: string, logic: Logic): Promise<void>;
  override async continueConversationAsync(
    _botAppIdOrClaims: string | ClaimsIdentity,
    reference: Partial<ConversationReference>,
    logicOrAudience: Logic | string,
    maybeLogic?: Logic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new TypeError('continueConversationAsync needs a logic callback');
    await this.continueConversation(reference, logic);
  }
}
