import { TextPrompt, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { normalizePhone } from '../src/domain/phone';
import { foldReply } from '../src/bot/vietnameseReplies';
import { FEEDBACK_CONTENT_PROMPT, FEEDBACK_DIALOG, FEEDBACK_PHONE_PROMPT, FEEDBACK_WATERFALL, TEXT_PROMPT, YES_NO_PROMPT } from './dialogIds';
import type { DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { YesNoPrompt } from './yesNoPrompt';

interface FeedbackValues {
  topic?: string;
  content?: string;
  consentAt?: string;
}

const SKIP = new Set(['bo qua', 'khong', 'ko', 'k', 'thoi', 'skip']);
const MIN_CONTENT = 10;

/**
 * Phản ánh, kiến nghị: topic, content, then (only with the citizen's consent) a phone number for the
 * reply. Stored for staff; the citizen gets a reference number.
 */
export class FeedbackDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(FEEDBACK_DIALOG, services);
    this.addDialog(new TextPrompt(TEXT_PROMPT, async (p) => p.recognized.succeeded && (p.recognized.value ?? '').trim().length > 0));
    this.addDialog(new TextPrompt(FEEDBACK_CONTENT_PROMPT, this.validateContent.bind(this)));
    this.addDialog(new TextPrompt(FEEDBACK_PHONE_PROMPT, this.validatePhone.bind(this)));
    this.addDialog(new YesNoPrompt(YES_NO_PROMPT, services.responses));
    this.addDialog(
      new WaterfallDialog(FEEDBACK_WATERFALL, [
        this.askTopicStep.bind(this),
        this.askContentStep.bind(this),
        this.askContactConsentStep.bind(this),
        this.askPhoneStep.bind(this),
        this.saveStep.bind(this),
      ]),
    );
    this.initialDialogId = FEEDBACK_WATERFALL;
  }

  private async validateContent(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const ok = prompt.recognized.succeeded && (prompt.recognized.value ?? '').trim().length >= MIN_CONTENT;
    if (!ok) await prompt.context.sendActivity(this.services.responses.t('feedback.tooShort'));
    return ok;
  }

  private async validatePhone(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (SKIP.has(foldReply(text))) return true;
    const ok = normalizePhone(text) !== null;
    if (!ok) await prompt.context.sendActivity(this.services.responses.t('feedback.badPhone'));
    return ok;
  }

  private async askTopicStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(TEXT_PROMPT, { prompt: this.services.responses.t('feedback.askTopic') });
  }

  private async askContentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as FeedbackValues).topic = String(step.result).trim();
    return step.prompt(FEEDBACK_CONTENT_PROMPT, { prompt: this.services.responses.t('feedback.askContent') });
  }

  private async askContactConsentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as FeedbackValues).content = String(step.result).trim();
    return step.prompt(YES_NO_PROMPT, { prompt: this.services.responses.t('feedback.askContactConsent') });
  }

  private async askPhoneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== true) return step.next(null);
    (step.values as FeedbackValues).consentAt = (this.services.now?.() ?? new Date()).toISOString();
    return step.prompt(FEEDBACK_PHONE_PROMPT, { prompt: this.services.responses.t('feedback.askPhone') });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as FeedbackValues;
    const phone = typeof step.result === 'string' ? normalizePhone(step.result) : null;
    const topic = await this.services.topic.get(step.context);
    const entry = await this.services.feedback.add(
      {
        topic: values.topic ?? '',
        content: values.content ?? '',
        contact: phone && values.consentAt ? { phone, consentAt: values.consentAt } : undefined,
        channelId: step.context.activity.channelId,
        userId: step.context.activity.from?.id ?? 'unknown',
        procedureCode: topic?.current,
      },
      this.services.now?.(),
    );
    await step.context.sendActivity(this.services.responses.t('feedback.done', { ref: entry.ref }));
    return step.endDialog({ ref: entry.ref });
  }
}
