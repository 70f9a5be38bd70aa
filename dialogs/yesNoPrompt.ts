import { MessageFactory, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult, type PromptValidator } from 'botbuilder-dialogs';
import { parseYesNo } from '../src/bot/vietnameseReplies';
import type { Responses } from '../src/bot/responses';

/**
 * A yes/no prompt that understands Vietnamese with and without diacritics ("có", "rồi", "ừ", "chưa",
 * "không", "co", "k", "ko"); botbuilder's ConfirmPrompt does not.
 */
export class YesNoPrompt extends Prompt<boolean> {
  constructor(dialogId: string, private readonly responses: Responses, validator?: PromptValidator<boolean>) {
    super(dialogId, validator);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const text = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    const body = typeof text === 'string' ? text : text?.text ?? '';
    const actions = [this.responses.t('action.yes'), this.responses.t('action.no')];
    await context.sendActivity(MessageFactory.suggestedActions(actions, isRetry && !options.retryPrompt ? `${this.responses.t('yesNo.reprompt')}\n${body}` : body));
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<boolean>> {
    const answer = typeof context.activity.text === 'string' ? parseYesNo(context.activity.text) : null;
    return answer === null ? { succeeded: false } : { succeeded: true, value: answer === 'yes' };
  }
}
