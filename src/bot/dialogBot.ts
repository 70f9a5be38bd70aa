import { ActivityHandler, ActivityTypes, MessageFactory, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { MAIN_DIALOG } from '../../dialogs/dialogIds';
import { MENU_ACTIONS } from '../../dialogs/interruptibleDialog';
import { MAX_MESSAGE_CHARS, type MainDialog } from '../../dialogs/mainDialog';
import type { Responses } from './responses';

/**
 * The bot behind every channel: greets new members, guards against input no dialog can use (no text,
 * stickers, images, very long text) with a reprompt that keeps the current step, and hands every text
 * message to the MainDialog. State is saved at the end of every turn.
 */
export class DialogBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: BotState,
    private readonly userState: BotState,
    private readonly dialog: MainDialog,
    private readonly responses: Responses,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id !== botId)) await this.greet(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      const text = typeof context.activity.text === 'string' ? context.activity.text.trim() : '';
      if (!text) await this.reprompt(context, 'reprompt.nonText');
      else if (text.length > MAX_MESSAGE_CHARS) await this.reprompt(context, 'reprompt.tooLong');
      else await this.dialog.runTurn(context, this.dialogState);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.activity.type === ActivityTypes.Message || context.activity.type === ActivityTypes.ConversationUpdate) {
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
    }
  }

  private async greet(context: TurnContext): Promise<void> {
    await context.sendActivity(this.responses.t('greeting'));
    await context.sendActivity(MessageFactory.suggestedActions(MENU_ACTIONS.map((k) => this.responses.t(k)), this.responses.t('menu.prompt')));
  }

  /** Says what went wrong, then asks the current question again (or shows the menu when none is open). */
  private async reprompt(context: TurnContext, key: string): Promise<void> {
    await context.sendActivity(this.responses.t(key));
    const set = new DialogSet(this.dialogState);
    set.add(this.dialog);
    const dc = await set.createContext(context);
    if (dc.activeDialog?.id === MAIN_DIALOG) await dc.repromptDialog();
    else await context.sendActivity(MessageFactory.suggestedActions(MENU_ACTIONS.map((k) => this.responses.t(k)), this.responses.t('menu.prompt')));
  }
}
