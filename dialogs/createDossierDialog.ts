import { MessageFactory, TurnContext } from 'botbuilder';
import { TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Procedure, SubmissionMethod } from '../src/catalogue';
import { hasConditions, pendingQuestions, personalDocuments } from '../src/bot/checklist';
import {
  DOSSIER_FIELDS,
  TO_DOSSIER_METHOD,
  fieldNamed,
  parseCccdFor,
  parseDateOfBirth,
  parseFullName,
  parseMethod,
  parseMobile,
  type DossierField,
} from '../src/bot/dossierFields';
import { agencyFor, describeAgency, procedureTitle } from '../src/bot/procedureAnswers';
import { foldReply, parseYesNo } from '../src/bot/vietnameseReplies';
import type { ProcessingTime } from '../src/domain/expectedDate';
import { formatVietnamDate } from '../src/domain/vietnamTime';
import { CREATE_DOSSIER_DIALOG, CREATE_DOSSIER_LOOP, DOCUMENT_CHECKLIST_DIALOG, TEXT_PROMPT, YES_NO_PROMPT } from './dialogIds';
import type { DialogServices } from './dialogServices';
import type { DossierDraftState } from './conversationState';
import { DocumentChecklistDialog } from './documentChecklistDialog';
import { InterruptibleDialog } from './interruptibleDialog';
import { YesNoPrompt } from './yesNoPrompt';

export interface CreateDossierOptions {
  procedureCode?: string;
}

type Asking = DossierField | 'consent' | 'summary' | 'whichField' | 'checklist';

interface LoopState {
  asking?: Asking;
  greeted?: boolean;
}

/** A draft untouched for this long is discarded rather than resumed. */
const DRAFT_MAX_AGE_MS = 7 * 86_400_000;
const METHOD_ORDER: readonly SubmissionMethod[] = ['truc_tiep', 'truc_tuyen', 'buu_chinh'];

/**
 * Registers a dossier in the chat: the personal-data notice first (nothing personal is kept without
 * consent), then each missing field, the document checklist, a summary to confirm or correct, and the
 * dossier code with its expected date and appointment slip. Every answer is saved in user state at once,
 * so a creation left half-done resumes in a later session on the same channel.
 */
export class CreateDossierDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(CREATE_DOSSIER_DIALOG, services);
    this.addDialog(new TextPrompt(TEXT_PROMPT));
    this.addDialog(new YesNoPrompt(YES_NO_PROMPT, services.responses));
    this.addDialog(new DocumentChecklistDialog(services));
    this.addDialog(new WaterfallDialog(CREATE_DOSSIER_LOOP, [this.askNextStep.bind(this), this.recordStep.bind(this)]));
    this.initialDialogId = CREATE_DOSSIER_LOOP;
  }

  private now(): Date {
    return this.services.now?.() ?? new Date();
  }

  private async draft(step: WaterfallStepContext): Promise<DossierDraftState> {
    const stored = await this.services.dossierDraft.get(step.context);
    const fresh = stored && this.now().getTime() - Date.parse(stored.updatedAt) < DRAFT_MAX_AGE_MS ? stored : undefined;
    const draft: DossierDraftState = fresh ?? { updatedAt: this.now().toISOString() };
    await this.services.dossierDraft.set(step.context, draft);
    return draft;
  }

  private async save(step: WaterfallStepContext, draft: DossierDraftState): Promise<void> {
    draft.updatedAt = this.now().toISOString();
    await this.services.dossierDraft.set(step.context, draft);
    await this.services.userState.saveChanges(step.context, false);
  }

  private procedure(draft: DossierDraftState): Procedure | undefined {
    return draft.procedureCode ? this.services.catalogue().get(draft.procedureCode) : undefined;
  }

  private methodsOf(p: Procedure): SubmissionMethod[] {
    const methods = [...new Set(p.submission.map((s) => s.method))];
    return (methods.length ? methods : ['truc_tiep' as const]).sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b));
  }

  private async askNextStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const options = step.options as CreateDossierOptions & LoopState;
    const draft = await this.draft(step);
    if (options.procedureCode && this.services.catalogue().get(options.procedureCode) && !options.greeted) {
      if (draft.procedureCode && draft.procedureCode !== options.procedureCode) delete draft.method;
      draft.procedureCode = options.procedureCode;
    }
    if (!options.greeted && draft.consentAt && this.procedure(draft)) {
      await step.context.sendActivity(r.t('dossier.resume', { name: procedureTitle(this.procedure(draft)!) }));
    }
    const state = step.values as LoopState;
    if (options.asking === 'whichField') {
      state.asking = 'whichField';
      const fields = ['fullName', 'dateOfBirth', 'cccd', 'phone', 'commune', 'method'].map((f) => r.t(`dossier.field.${f}`));
      return step.prompt(TEXT_PROMPT, { prompt: MessageFactory.suggestedActions(fields, r.t('dossier.whichField')) });
    }
    if (!draft.consentAt) {
      state.asking = 'consent';
      return step.prompt(YES_NO_PROMPT, { prompt: this.consentText() });
    }
    const missing = DOSSIER_FIELDS.find((f) => draft[f] === undefined);
    if (missing) {
      state.asking = missing;
      return this.askField(step, missing, draft);
    }
    const p = this.procedure(draft)!;
    const saved = (await this.services.checklists.get(step.context, {}))[p.code];
    if (hasConditions(p) && (!saved || pendingQuestions(p, saved.answers).length > 0)) {
      state.asking = 'checklist';
      return step.beginDialog(DOCUMENT_CHECKLIST_DIALOG, { code: p.code });
    }
    state.asking = 'summary';
    return step.prompt(TEXT_PROMPT, {
      prompt: MessageFactory.suggestedActions([r.t('action.confirmSubmit'), r.t('action.editField')], this.summaryText(draft, p, saved?.answers ?? {})),
    });
  }

  private consentText(): string {
    const c = this.services.consent;
    return this.services.responses.t('dossier.consent', {
      purpose: c.purpose,
      collected: c.collected.join(', '),
      retention: c.retention,
      rights: c.rights,
      sharing: c.sharing,
      legalBasis: c.legalBasis.map((l) => `${l.title} số ${l.number}`).join('; '),
    });
  }

  private async askField(step: WaterfallStepContext, field: DossierField, draft: DossierDraftState): Promise<DialogTurnResult> {
    const r = this.services.responses;
    if (field === 'method') {
      const p = this.procedure(draft)!;
      const methods = this.methodsOf(p);
      const labels = methods.map((m) => r.t(`method.${m}`));
      const text = [r.t('dossier.ask.method'), ...labels.map((l, i) => `${i + 1}. ${l}`)].join('\n');
      return step.prompt(TEXT_PROMPT, { prompt: MessageFactory.suggestedActions(labels, text) });
    }
    return step.prompt(TEXT_PROMPT, { prompt: r.t(`dossier.ask.${field}`) });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const asking = (step.values as LoopState).asking;
    const draft = await this.draft(step);
    const reply = typeof step.result === 'string' ? step.result.trim() : step.result;
    const next = (extra: Partial<LoopState> = {}) => step.replaceDialog(CREATE_DOSSIER_LOOP, { greeted: true, ...extra });
    switch (asking) {
      case 'consent':
        if (reply !== true) return this.declined(step);
        draft.consentAt = this.now().toISOString();
        draft.consentVersion = this.services.consent.version;
        await this.save(step, draft);
        return next();
      case 'checklist':
        return next();
      case 'summary':
        return this.confirmOrEdit(step, draft, String(reply ?? ''));
      case 'whichField': {
        const field = fieldNamed(String(reply ?? ''));
        if (field) {
          delete draft[field];
          await this.save(step, draft);
        }
        return next();
      }
      case undefined:
        return next();
      default: {
        const error = await this.fill(step, draft, asking, String(reply ?? ''));
        if (error) await step.context.sendActivity(error);
        else await this.save(step, draft);
        return next();
      }
    }
  }

  /** Validates and stores one field; returns the reprompt text when the answer does not fit. */
  private async fill(step: WaterfallStepContext, draft: DossierDraftState, field: DossierField, text: string): Promise<string | null> {
    const r = this.services.responses;
    switch (field) {
      case 'fullName': {
        const name = parseFullName(text);
        if (!name) return r.t('dossier.bad.fullName');
        draft.fullName = name;
        return null;
      }
      case 'dateOfBirth': {
        const dob = parseDateOfBirth(text, this.now());
        if (!dob) return r.t('dossier.bad.dateOfBirth');
        draft.dateOfBirth = dob;
        if (draft.cccd && !parseCccdFor(draft.cccd, dob)) delete draft.cccd;
        return null;
      }
      case 'cccd': {
        const cccd = parseCccdFor(text, draft.dateOfBirth);
        if (!cccd) return r.t('dossier.bad.cccd');
        draft.cccd = cccd;
        return null;
      }
      case 'phone': {
        const phone = parseMobile(text);
        if (!phone) return r.t('dossier.bad.phone');
        draft.phone = phone;
        return null;
      }
      case 'commune':
        return this.fillCommune(step, draft, text);
      case 'procedureCode': {
        const result = this.services.recognizer().recognize(text);
        const code = result.procedure && !result.ambiguous && result.procedure.score >= 0.5 ? result.procedure.code : null;
        if (!code || !this.services.catalogue().get(code)) return r.t('dossier.bad.procedureCode');
        draft.procedureCode = code;
        delete draft.method;
        return null;
      }
      case 'method': {
        const p = this.procedure(draft);
        if (!p) return r.t('dossier.bad.procedureCode');
        const labels = { truc_tiep: r.t('method.truc_tiep'), truc_tuyen: r.t('method.truc_tuyen'), buu_chinh: r.t('method.buu_chinh') };
        const method = parseMethod(text, this.methodsOf(p), labels);
        if (!method) return r.t('dossier.bad.method');
        draft.method = method;
        return null;
      }
    }
  }

  private async fillCommune(step: WaterfallStepContext, draft: DossierDraftState, text: string): Promise<string | null> {
    const r = this.services.responses;
    const agencies = this.services.catalogue().agencies;
    const resolved = agencies.resolveCommune(text);
    if (!resolved) return r.t('dossier.bad.commune');
    if (resolved.via === 'former_district' && resolved.candidates.length > 1) {
      return r.t('dossier.bad.communeDistrict', { communes: resolved.candidates.map((c) => c.name).join(', ') });
    }
    if (resolved.via === 'former') await step.context.sendActivity(r.t('dossier.communeFormer', { former: text.trim(), current: resolved.commune.name }));
    draft.commune = resolved.commune.name;
    return null;
  }

  private summaryText(draft: DossierDraftState, p: Procedure, answers: Readonly<Record<string, 'yes' | 'no'>>): string {
    const r = this.services.responses;
    return r.t('dossier.summary', {
      procedure: procedureTitle(p),
      code: p.code,
      fullName: draft.fullName ?? '',
      dateOfBirth: draft.dateOfBirth ? formatVietnamDate(draft.dateOfBirth) : '',
      cccd: draft.cccd ?? '',
      phone: draft.phone ?? '',
      commune: draft.commune ?? '',
      method: draft.method ? r.t(`method.${draft.method}`) : '',
      documents: personalDocuments(p, answers).length,
    });
  }

  private async confirmOrEdit(step: WaterfallStepContext, draft: DossierDraftState, text: string): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const field = fieldNamed(text);
    if (field) {
      delete draft[field];
      await this.save(step, draft);
      return step.replaceDialog(CREATE_DOSSIER_LOOP, { greeted: true });
    }
    const confirmed = foldReply(text) === foldReply(r.t('action.confirmSubmit')) || parseYesNo(text) === 'yes';
    if (confirmed) return this.submit(step, draft);
    return step.replaceDialog(CREATE_DOSSIER_LOOP, { greeted: true, asking: 'whichField' });
  }

  private async declined(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = this.services.responses;
    await this.services.dossierDraft.delete(step.context);
    await this.services.userState.saveChanges(step.context, false);
    await step.context.sendActivity(MessageFactory.suggestedActions([r.t('action.checklist'), r.t('action.location'), r.t('action.officer')], r.t('dossier.noConsent')));
    return step.endDialog({ created: false });
  }

  private async submit(step: WaterfallStepContext, draft: DossierDraftState): Promise<DialogTurnResult> {
    const r = this.services.responses;
    const p = this.procedure(draft)!;
    const method = draft.method ?? 'truc_tiep';
    const saved = (await this.services.checklists.get(step.context, {}))[p.code];
    const time = p.submission.find((s) => s.method === method && s.time)?.time ?? p.submission.find((s) => s.time)?.time ?? null;
    const processingTime: ProcessingTime | null = time && (time.amount !== null || time.unit === 'same_day') ? { unit: time.unit, value: time.amount ?? 0 } : null;
    const activity = step.context.activity;
    let receipt;
    try {
      receipt = await this.services.dossiers.system.submit({
        procedureCode: p.code,
        procedureName: procedureTitle(p),
        applicant: {
          fullName: draft.fullName!,
          dateOfBirth: draft.dateOfBirth!,
          cccd: draft.cccd!,
          phone: draft.phone!,
          commune: draft.commune!,
        },
        submissionMethod: TO_DOSSIER_METHOD[method],
        checklistAnswers: saved?.answers ?? {},
        owner: { channelId: activity.channelId, userId: activity.from?.id ?? 'unknown', conversationRef: TurnContext.getConversationReference(activity) },
        consent: { version: draft.consentVersion ?? this.services.consent.version, at: draft.consentAt ?? this.now().toISOString() },
        processingTime,
        ...(draft.attachments?.length ? { attachments: draft.attachments } : {}),
      });
    } catch (err) {
      this.services.logger.error({ err, procedure: p.code }, 'dossier submission failed');
      await step.context.sendActivity(r.t('dossier.submitFailed'));
      return step.endDialog({ created: false });
    }
    await this.services.dossierDraft.delete(step.context);
    await this.services.userState.saveChanges(step.context, false);
    const office = agencyFor(p, this.services.catalogue().agencies);
    const hours = describeAgency(office, r).split('\n').slice(1).join('\n');
    const base = this.services.publicBaseUrl?.replace(/\/$/, '') ?? '';
    await step.context.sendActivity(
      r.t('dossier.created', {
        code: receipt.code,
        procedure: procedureTitle(p),
        expected: receipt.expectedDate ? formatVietnamDate(receipt.expectedDate) : r.t('dossier.expectedUnknown'),
        office: office.name,
        hours: hours ? `\n${hours}` : '',
        slipUrl: `${base}/dossiers/${encodeURIComponent(receipt.code)}/slip`,
      }),
    );
    return step.endDialog({ created: true, code: receipt.code });
  }
}
