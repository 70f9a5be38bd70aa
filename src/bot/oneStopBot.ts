import { ActivityHandler, ActivityTypes, MessageFactory, type BotState, type TurnContext } from 'botbuilder';
import type { Responses } from './responses';

const MENU_KEYS = ['menu.askProcedure', 'menu.documents', 'menu.createDossier', 'menu.checkStatus', 'menu.officer', 'menu.feedback'] as const;

/** What a conversation remembers between turns at this stage. */
interface ConversationInfo {
  greeted?: boolean;
  messageCount?: number;
}

/**
 * The bot behind every channel. Until the conversation dialogs land, it greets in Vietnamese and shows
 * the menu of what it will do.
 */
export class OneStopBot extends ActivityHandler {
  private readonly info;

  constructor(
    private readonly conversationState: BotState,
    private readonly userState: BotState,
    private readonly responses: Responses,
  ) {
    super();
    this.info = conversationState.createProperty<ConversationInfo>('conversationInfo');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id !== botId)) await this.greet(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      const info = await this.info.get(context, {});
      info.messageCount = (info.messageCount ?? 0) + 1;
      const text = context.activity.text?.trim();
      if (!text) {
        await context.sendActivity(this.menu(this.responses.t('unsupported.attachment')));
      } else {
        await this.greet(context);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.activity.type !== ActivityTypes.ConversationUpdate || context.activity.membersAdded?.length) {
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
    }
  }

  private async greet(context: TurnContext): Promise<void> {
    const info = await this.info.get(context, {});
    info.greeted = true;
    await context.sendActivity(this.responses.t('greeting'));
    await context.sendActivity(this.menu(this.responses.t('menu.prompt')));
  }

  private menu(text: string) {
    return MessageFactory.suggestedActions(MENU_KEYS.map((k) => this.responses.t(k)), text);
  }
}
