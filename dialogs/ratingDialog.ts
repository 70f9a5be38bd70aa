import { MessageFactory } from 'botbuilder';
import { TextPrompt, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { foldReply, parseRating } from '../src/bot/vietnameseReplies';
import { procedureTitle } from '../src/bot/procedureAnswers';
import { RATING_DIALOG, RATING_PROMPT, RATING_WATERFALL } from './dialogIds';
import type { DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';

export interface RatingOptions {
  code: string;
}

const SKIP = new Set(['bo qua', 'khong', 'ko', 'k', 'thoi', 'skip', 'khong can']);

/** An optional 1–5 rating at the end of an answer journey, stored per procedure; skipping is fine. */
export class RatingDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(RATING_DIALOG, services);
    this.addDialog(new TextPrompt(RATING_PROMPT, this.validate.bind(this)));
    this.addDialog(new WaterfallDialog(RATING_WATERFALL, [this.askRatingStep.bind(this), this.saveRatingStep.bind(this)]));
    this.initialDialogId = RATING_WATERFALL;
  }

  private async validate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (SKIP.has(foldReply(text)) || parseRating(text) !== null) return true;
    // A new question instead of a rating: let it through (skipped) rather than trap the citizen.
    return prompt.attemptCount >= 2;
  }

  private async askRatingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const { code } = step.options as RatingOptions;
    const p = this.services.catalogue().get(code);
    const actions = ['1', '2', '3', '4', '5', r.t('action.skip')];
    return step.prompt(RATING_PROMPT, {
      prompt: MessageFactory.suggestedActions(actions, r.t('rating.ask', { name: p ? procedureTitle(p) : code })),
      retryPrompt: MessageFactory.suggestedActions(actions, r.t('rating.reprompt')),
    });
  }

  private async saveRatingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { code } = step.options as RatingOptions;
    const stars = parseRating(String(step.result ?? ''));
    if (stars === null) {
      await step.context.sendActivity(this.services.responses.t('rating.skipped'));
      return step.endDialog({ rated: false });
    }
    await this.services.ratings.add(code, stars);
    await step.context.sendActivity(this.services.responses.t('rating.thanks'));
    return step.endDialog({ rated: true, stars });
  }
}
