import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  type DialogContext,
  WaterfallDialog,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Procedure } from '../src/catalogue';
import type { IntentLabel, NluResult } from '../src/nlu/types';
import { answerAspect, procedureTitle, type Answer, type Aspect } from '../src/bot/procedureAnswers';
import { matchLifeEvent } from '../src/bot/lifeEvents';
import { foldReply, parseChoiceIndex, parseRating, parseYesNo } from '../src/bot/vietnameseReplies';
import { hasConditions } from '../src/bot/checklist';
import {
  CREATE_DOSSIER_DIALOG,
  DOCUMENT_CHECKLIST_DIALOG,
  DOSSIER_STATUS_DIALOG,
  FEEDBACK_DIALOG,
  MAIN_DIALOG,
  MAIN_WATERFALL,
  RATING_DIALOG,
  RATING_PROMPT,
  YES_NO_PROMPT,
} from './dialogIds';
import { CreateDossierDialog } from './createDossierDialog';
import { DossierStatusDialog } from './dossierStatusDialog';
import { STATUS_LABELS_VI } from '../src/dossiers/status';
import type { DialogServices } from './dialogServices';
import { emptyTopic, type ConversationTopic } from './conversationState';
import { InterruptibleDialog, sendMenu, sendOfficer } from './interruptibleDialog';
import { DocumentChecklistDialog, savedChecklistText } from './documentChecklistDialog';
import { FeedbackDialog } from './feedbackDialog';
import { RatingDialog } from './ratingDialog';

const ASPECT_OF: Partial<Record<IntentLabel, Aspect>> = {
  ask_procedure: 'overview',
  ask_documents: 'documents',
  ask_fee: 'fee',
  ask_time: 'time',
  ask_location: 'location',
  ask_online: 'online',
};

/** Below this a newly named procedure does not replace the one under discussion. */
const SWITCH_CONFIDENCE = 0.8;
/** Below this, with nothing under discussion, nothing is taken as named. */
const ACCEPT_CONFIDENCE = 0.5;
const MAX_CHOICES = 4;
/** An intent this unsure, with no clear procedure, is a message the bot did not understand. */
const MIN_INTENT_CONFIDENCE = 0.05;
export const MAX_MESSAGE_CHARS = 1000;

type Resolution = { kind: 'one'; code: string } | { kind: 'choose'; codes: string[] } | { kind: 'none' };

const phrase = (folded: string, ...needles: string[]) => needles.some((n) => ` ${folded} `.includes(` ${n} `));

/**
 * Routes each message by intent: answers about a procedure (from the catalogue, naming it and its
 * code), follow-ups on the procedure under discussion, clarification, life events, the document
 * checklist, feedback, rating and the way to an officer.
 */
export class MainDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(MAIN_DIALOG, services);
    this.addDialog(new DocumentChecklistDialog(services));
    this.addDialog(new FeedbackDialog(services));
    this.addDialog(new RatingDialog(services));
    this.addDialog(new CreateDossierDialog(services));
    this.addDialog(new DossierStatusDialog(services));
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.routeStep.bind(this), this.afterChildStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /** Runs one turn: continues the active dialog or starts routing a new message. */
  async runTurn(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const set = new DialogSet(dialogState);
    set.add(this);
    const dc = await set.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /**
   * At a yes/no or rating question, a message that is no answer but a clear new question ("nhà có
   * người mất", "lệ phí chứng thực bao nhiêu") leaves the question (answers already given stay saved)
   * and is routed like any new message, so the citizen is never stuck.
   */
  protected override async redirect(innerDc: DialogContext): Promise<DialogTurnResult | null> {
    let leaf: DialogContext = innerDc;
    while (leaf.child) leaf = leaf.child;
    const waiting = leaf.activeDialog?.id;
    if (waiting !== YES_NO_PROMPT && waiting !== RATING_PROMPT) return null;
    const text = innerDc.context.activity.text ?? '';
    if (parseYesNo(text) !== null || parseRating(text) !== null || foldReply(text).split(' ').length < 3) return null;
    const result = this.services.recognizer().recognize(text);
    const clearProcedure = result.procedure !== null && !result.ambiguous && result.procedure.score >= SWITCH_CONFIDENCE;
    const event = matchLifeEvent(text, this.services.catalogue().lifeEvents());
    if (!clearProcedure && !event && result.intent !== 'talk_to_officer' && result.intent !== 'feedback') return null;
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(MAIN_WATERFALL);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = step.context.activity.text ?? '';
    const topic = await this.services.topic.get(step.context, emptyTopic());
    const folded = foldReply(text);

    const direct = await this.routeCommand(step, folded, topic);
    if (direct) return direct;

    const result = this.services.recognizer().recognize(text, { procedureCode: topic.current });
    this.services.logger.debug({ intent: result.intent, procedure: result.procedure?.code, ambiguous: result.ambiguous }, 'nlu');
    return this.routeIntent(step, result, topic, folded);
  }

  /** Commands that are not intents: paging, going back, picking from a list, checklist, legal basis. */
  private async routeCommand(step: WaterfallStepContext, folded: string, topic: ConversationTopic): Promise<DialogTurnResult | null> {
    const r = this.services.responses;
    if (folded === 'xem them' || folded === 'xem tiep') {
      const next = topic.pending.shift();
      await step.context.sendActivity(next ? this.withActions(next, topic.pending.length > 0) : r.t('answer.noMore'));
      return step.endDialog();
    }
    if (folded === 'quay lai' || folded === 'quay lai thu tuc truoc') {
      const previous = topic.previous.pop();
      const p = previous ? this.services.catalogue().get(previous) : undefined;
      if (!p) {
        await step.context.sendActivity(r.t('topic.noPrevious'));
        return step.endDialog();
      }
      topic.current = p.code;
      await step.context.sendActivity(r.t('topic.back', { name: procedureTitle(p) }));
      return this.answer(step, p, 'overview', topic);
    }
    if (topic.offered.length) {
      const picked = this.pickOffered(folded, topic);
      if (picked) {
        const aspect = topic.offeredAspect ?? 'overview';
        topic.offered = [];
        topic.offeredAspect = undefined;
        return this.answer(step, picked, aspect, topic, true);
      }
    }
    if (phrase(folded, 'rut dong y', 'rut lai dong y', 'rut lai su dong y', 'xoa du lieu cua toi', 'xoa thong tin cua toi')) {
      // Withdrawal of consent: the draft with personal data goes at once; submitted dossiers stay, as the notice says.
      await this.services.dossierDraft.delete(step.context);
      await this.services.userState.saveChanges(step.context, false);
      await step.context.sendActivity(this.services.responses.t('consent.withdrawn'));
      return step.endDialog();
    }
    if (phrase(folded, 'ho so cua toi', 'cac ho so cua toi', 'ho so toi da nop', 'danh sach ho so')) {
      return this.showMyDossiers(step);
    }
    if (phrase(folded, 'xem lai danh sach', 'danh sach giay to cua toi', 'danh sach da luu', 'xem danh sach da luu')) {
      return this.showSavedChecklist(step, topic);
    }
    if (phrase(folded, 'lap danh sach giay to', 'lap danh sach', 'lam danh sach giay to') && topic.current) {
      return step.beginDialog(DOCUMENT_CHECKLIST_DIALOG, { code: topic.current });
    }
    if (phrase(folded, 'can cu phap ly', 'can cu', 'phap ly', 'theo luat nao', 'van ban nao', 'nghi dinh nao')) {
      const result = this.services.recognizer().recognize(step.context.activity.text ?? '', { procedureCode: topic.current });
      const resolution = this.resolve(result, topic, folded);
      if (resolution.kind === 'one') return this.answerCode(step, resolution.code, 'legal', topic);
      if (topic.current) return this.answerCode(step, topic.current, 'legal', topic);
    }
    return null;
  }

  private async routeIntent(step: WaterfallStepContext, result: NluResult, topic: ConversationTopic, folded: string): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const ctx = step.context;
    switch (result.intent) {
      case 'greet':
        topic.misses = 0;
        await ctx.sendActivity(r.t('greeting'));
        await sendMenu(ctx, this.services);
        return step.endDialog();
      case 'help':
        await ctx.sendActivity(r.t('help'));
        return step.endDialog();
      case 'cancel':
        await ctx.sendActivity(r.t('cancel.nothing'));
        return step.endDialog();
      case 'thanks':
        if (topic.current && !topic.rated.includes(topic.current)) {
          topic.rated.push(topic.current);
          return step.beginDialog(RATING_DIALOG, { code: topic.current });
        }
        await ctx.sendActivity(r.t('thanks'));
        return step.endDialog();
      case 'talk_to_officer':
        await sendOfficer(ctx, this.services, 'asked', topic.current);
        return step.endDialog();
      case 'feedback':
        return step.beginDialog(FEEDBACK_DIALOG);
      case 'check_status':
        return step.beginDialog(DOSSIER_STATUS_DIALOG, { code: result.entities.dossierCode });
      case 'create_dossier': {
        const event = matchLifeEvent(step.context.activity.text ?? '', this.services.catalogue().lifeEvents());
        if (event && !(result.procedure && result.procedure.score >= SWITCH_CONFIDENCE)) return this.showLifeEvent(step, event.id, topic, 'overview');
        return this.createDossier(step, result, topic);
      }
      case 'out_of_scope':
        if (result.entities.otherPlace) return this.otherPlace(step, result.entities.otherPlace.province);
        if (result.procedure && result.procedure.score >= SWITCH_CONFIDENCE && !result.ambiguous) {
          return this.answerCode(step, result.procedure.code, 'overview', topic);
        }
        return this.lifeEventOrMiss(step, topic, folded, true);
      default: {
        const aspect = ASPECT_OF[result.intent] ?? 'overview';
        return this.answerAbout(step, result, topic, aspect, folded);
      }
    }
  }

  private async answerAbout(step: WaterfallStepContext, result: NluResult, topic: ConversationTopic, aspect: Aspect, folded: string): Promise<DialogTurnResult> {
    const text = step.context.activity.text ?? '';
    const event = matchLifeEvent(text, this.services.catalogue().lifeEvents());
    const resolution = this.resolve(result, topic, folded);
    const named = result.procedure !== null && result.procedure.score >= ACCEPT_CONFIDENCE && !(result.intentConfidence < MIN_INTENT_CONFIDENCE && result.ambiguous);
    if (aspect === 'overview' && !named && !event) return this.lifeEventOrMiss(step, topic, folded, false);
    // A life event ("tôi sắp cưới") lists its procedures, unless the citizen named one of them outright.
    if (event && !this.namesProcedure(folded, resolution)) return this.showLifeEvent(step, event.id, topic, aspect);
    if (resolution.kind === 'one') return this.answerCode(step, resolution.code, aspect, topic);
    if (resolution.kind === 'choose') return this.askWhich(step, resolution.codes, aspect, topic);
    if (!result.procedure || aspect !== 'overview' || phrase(folded, 'thu tuc', 'hoi thu tuc', 'hoi ve thu tuc')) {
      await step.context.sendActivity(this.services.responses.t(aspect === 'overview' ? 'askProcedure.which' : 'askProcedure.whichFor'));
      return step.endDialog();
    }
    return this.lifeEventOrMiss(step, topic, folded, false);
  }

  /**
   * One procedure, a short list to choose from, or nothing. With a procedure under discussion, only a
   * clearly named other procedure switches topic; anything vaguer is a follow-up on the current one.
   */
  private resolve(result: NluResult, topic: ConversationTopic, folded = ''): Resolution {
    const catalogue = this.services.catalogue();
    const top = result.procedure && catalogue.get(result.procedure.code) ? result.procedure : null;
    const codes = [...new Set([top, ...result.alternatives].filter((c): c is NonNullable<typeof c> => c !== null && catalogue.get(c.code) !== undefined).map((c) => c.code))].slice(0, MAX_CHOICES);
    if (topic.current) {
      if (top && top.code !== topic.current && !result.ambiguous && top.score >= SWITCH_CONFIDENCE) return { kind: 'one', code: top.code };
      return { kind: 'one', code: topic.current };
    }
    if (!top || top.score < ACCEPT_CONFIDENCE) return { kind: 'none' };
    if (result.ambiguous && codes.length >= 2) {
      const named = this.longestNamed(folded, codes);
      return named ? { kind: 'one', code: named } : { kind: 'choose', codes };
    }
    return { kind: 'one', code: top.code };
  }

  /** Among close candidates, the one whose own name or alias the message contains (longest wins; a tie is no answer). */
  private longestNamed(folded: string, codes: readonly string[]): string | null {
    const scored = codes.map((code) => ({ code, length: this.namedLength(folded, code) })).filter((c) => c.length > 0).sort((a, b) => b.length - a.length);
    const [first, second] = scored;
    return first && (!second || second.length < first.length) ? first.code : null;
  }

  private namedLength(folded: string, code: string): number {
    const p = this.services.catalogue().get(code);
    if (!p) return 0;
    const names = [procedureTitle(p), p.name.replace(/^Thủ tục\s+/i, ''), ...p.aliases].map((n) => foldReply(n)).filter((n) => n.length >= 6);
    return Math.max(0, ...names.filter((n) => ` ${folded} `.includes(` ${n} `)).map((n) => n.length));
  }

  /** True when the message names the resolved procedure itself (its short name or an alias), not just a situation. */
  private namesProcedure(folded: string, resolution: Resolution): boolean {
    return resolution.kind === 'one' && this.namedLength(folded, resolution.code) > 0;
  }

  private pickOffered(folded: string, topic: ConversationTopic): Procedure | undefined {
    const catalogue = this.services.catalogue();
    const offered = topic.offered.map((c) => catalogue.get(c)).filter((p): p is Procedure => p !== undefined);
    const index = parseChoiceIndex(folded, offered.length);
    if (index !== null) return offered[index];
    return offered.find((p) => foldReply(procedureTitle(p)) === folded || p.code === folded);
  }

  private async answerCode(step: WaterfallStepContext, code: string, aspect: Aspect, topic: ConversationTopic): Promise<DialogTurnResult> {
    const p = this.services.catalogue().get(code);
    if (!p) return this.lifeEventOrMiss(step, topic, '', false);
    return this.answer(step, p, aspect, topic);
  }

  private async answer(step: WaterfallStepContext, p: Procedure, aspect: Aspect, topic: ConversationTopic, fromList = false): Promise<DialogTurnResult> {
    if (topic.current && topic.current !== p.code) {
      topic.previous = [...topic.previous.filter((c) => c !== topic.current), topic.current].slice(-5);
    }
    topic.current = p.code;
    topic.misses = 0;
    if (!fromList) topic.offered = [];
    const answer: Answer = answerAspect(aspect, p, this.services.catalogue().agencies, this.services.responses);
    topic.pending = answer.more;
    const extra = aspect === 'documents' && hasConditions(p) ? [this.services.responses.t('action.checklist')] : [];
    await step.context.sendActivity(this.withActions(answer.text, answer.more.length > 0, extra));
    return step.endDialog();
  }

  private withActions(text: string, hasMore: boolean, extra: string[] = []) {
    const r = this.services.responses;
    const actions = [
      ...(hasMore ? [r.t('action.more')] : []),
      ...extra,
      r.t('action.documents'),
      r.t('action.fee'),
      r.t('action.time'),
      r.t('action.location'),
      r.t('action.createDossier'),
      r.t('action.officer'),
    ];
    return MessageFactory.suggestedActions(actions, text);
  }

  private async askWhich(step: WaterfallStepContext, codes: string[], aspect: Aspect, topic: ConversationTopic): Promise<DialogTurnResult> {
    const catalogue = this.services.catalogue();
    const procedures = codes.map((c) => catalogue.get(c)).filter((p): p is Procedure => p !== undefined);
    topic.offered = procedures.map((p) => p.code);
    topic.offeredAspect = aspect;
    const lines = procedures.map((p, i) => `${i + 1}. ${procedureTitle(p)} (mã ${p.code})`);
    const text = [this.services.responses.t('clarify.ask'), ...lines].join('\n');
    await step.context.sendActivity(MessageFactory.suggestedActions(procedures.map((p) => procedureTitle(p)), text));
    return step.endDialog();
  }

  private async showLifeEvent(step: WaterfallStepContext, eventId: string, topic: ConversationTopic, aspect: Aspect): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const catalogue = this.services.catalogue();
    const event = catalogue.lifeEvent(eventId);
    const procedures = catalogue.byLifeEvent(eventId);
    if (!event || procedures.length === 0) return this.lifeEventOrMiss(step, topic, '', false);
    topic.offered = procedures.map((p) => p.code);
    topic.offeredAspect = aspect;
    topic.misses = 0;
    const lines = procedures.map((p, i) => `${i + 1}. ${procedureTitle(p)} (mã ${p.code})`);
    const text = [r.t('lifeEvent.intro', { event: event.name }), ...lines, ...(event.note ? [r.t('lifeEvent.note', { note: event.note })] : []), r.t('lifeEvent.pick')];
    await step.context.sendActivity(MessageFactory.suggestedActions(procedures.slice(0, 6).map((p) => procedureTitle(p)), text.join('\n')));
    return step.endDialog();
  }

  /** Another province's business: say whom this assistant serves and where to go instead. */
  private async otherPlace(step: WaterfallStepContext, province: string): Promise<DialogTurnResult> {
    const agencies = this.services.catalogue().agencies;
    const place = province === 'quận' ? this.services.responses.t('outOfScope.otherPlace.city') : province;
    await step.context.sendActivity(
      this.services.responses.t('outOfScope.otherPlace', {
        office: agencies.oneStop.name,
        province: agencies.data.province.name,
        place,
        portal: agencies.data.deployment.nationalPortalUrl,
      }),
    );
    return step.endDialog();
  }

  /** Nothing matched: a life event if one fits, otherwise ask to rephrase; after two misses offer an officer. */
  private async lifeEventOrMiss(step: WaterfallStepContext, topic: ConversationTopic, folded: string, outOfScope: boolean): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const event = folded ? matchLifeEvent(folded, this.services.catalogue().lifeEvents()) : null;
    if (event) return this.showLifeEvent(step, event.id, topic, 'overview');
    topic.misses += 1;
    if (topic.misses >= 2) {
      await step.context.sendActivity(MessageFactory.suggestedActions([r.t('action.officer'), r.t('action.rephrase')], r.t('notFound.offerOfficer')));
      return step.endDialog();
    }
    if (outOfScope) {
      await step.context.sendActivity(r.t('outOfScope'));
      return step.endDialog();
    }
    await step.context.sendActivity(this.rephraseExamples());
    return step.endDialog();
  }

  private rephraseExamples() {
    const r = this.services.responses;
    const catalogue = this.services.catalogue();
    const lines = [r.t('notFound.rephrase')];
    for (const event of catalogue.lifeEvents().slice(0, 5)) {
      const first = catalogue.byLifeEvent(event.id)[0];
      const example = first?.exampleQuestions[0] ?? first?.aliases[0];
      if (example) lines.push(`• ${event.name}: «${example}»`);
    }
    return lines.join('\n');
  }

  private async showSavedChecklist(step: WaterfallStepContext, topic: ConversationTopic): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const saved = await this.services.checklists.get(step.context, {});
    const catalogue = this.services.catalogue();
    const codes = Object.keys(saved).filter((c) => catalogue.get(c));
    const code = topic.current && saved[topic.current] ? topic.current : codes.length === 1 ? codes[0] : undefined;
    const p = code ? catalogue.get(code) : undefined;
    const entry = code ? saved[code] : undefined;
    if (p && entry) {
      if (!entry.completedAt) return step.beginDialog(DOCUMENT_CHECKLIST_DIALOG, { code: p.code });
      topic.current = p.code;
      await step.context.sendActivity(this.withActions(savedChecklistText(p, entry, this.services), false));
      return step.endDialog();
    }
    if (codes.length > 1) {
      topic.offered = codes.slice(0, MAX_CHOICES);
      topic.offeredAspect = 'documents';
      const titles = topic.offered.map((c) => procedureTitle(catalogue.get(c)!));
      await step.context.sendActivity(MessageFactory.suggestedActions(titles, r.t('checklist.pickSaved')));
      return step.endDialog();
    }
    await step.context.sendActivity(r.t('checklist.noneSaved'));
    return step.endDialog();
  }

  private async createDossier(step: WaterfallStepContext, result: NluResult, topic: ConversationTopic): Promise<DialogTurnResult> {
    const folded = foldReply(step.context.activity.text ?? '');
    // "nộp hồ sơ …" words can drown the procedure's name: look again at what remains without them.
    const rest = folded.replace(/\b(toi|em|minh|muon|can|xin|cho|nop|lam|ho so|de nghi)\b/g, ' ').replace(/\s+/g, ' ').trim();
    const again = rest && rest !== folded ? this.services.recognizer().recognize(rest) : null;
    const better = again?.procedure && (!result.procedure || again.procedure.score > result.procedure.score) ? { ...result, procedure: again.procedure, alternatives: again.alternatives, ambiguous: again.ambiguous } : result;
    const resolution = this.resolve(better, topic, folded);
    if (resolution.kind === 'choose') return this.askWhich(step, resolution.codes, 'overview', topic);
    const code = resolution.kind === 'one' ? resolution.code : undefined;
    if (code) topic.current = code;
    return step.beginDialog(CREATE_DOSSIER_DIALOG, { procedureCode: code });
  }

  /** "Hồ sơ của tôi": dossiers created from this channel user, without personal data. */
  private async showMyDossiers(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const activity = step.context.activity;
    const dossiers = await this.services.dossiers.repository.listByOwner({ channelId: activity.channelId, userId: activity.from?.id ?? 'unknown' });
    if (dossiers.length === 0) {
      await step.context.sendActivity(r.t('myDossiers.none'));
      return step.endDialog();
    }
    const lines = dossiers.slice(-10).map((d) => `• ${d.code} — ${d.procedureName}: ${STATUS_LABELS_VI[d.status]}`);
    await step.context.sendActivity([r.t('myDossiers.list'), ...lines, r.t('myDossiers.pick')].join('\n'));
    return step.endDialog();
  }

  private async afterChildStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }
}
