import type { DossierAttachment } from '../src/dossiers/dossier';
import type { Aspect } from '../src/bot/procedureAnswers';

/** What a conversation remembers about the procedure under discussion (conversation state). */
export interface ConversationTopic {
  /** Procedure code under discussion: follow-ups ("còn lệ phí thì sao?") refer to it. */
  current?: string;
  /** Earlier topics, most recent last: "quay lại" returns to the last one. */
  previous: string[];
  /** Procedures the bot just listed (clarification, life event): "cái thứ hai" picks from these. */
  offered: string[];
  /** What the citizen asked about when the bot had to ask which procedure. */
  offeredAspect?: Aspect;
  /** Further pages of the last long answer ("Xem thêm"). */
  pending: string[];
  /** Understanding misses in a row; after two the bot offers an officer. */
  misses: number;
  /** Procedures already rated in this conversation (the rating is offered once). */
  rated: string[];
}

export function emptyTopic(): ConversationTopic {
  return { previous: [], offered: [], pending: [], misses: 0, rated: [] };
}

/** One procedure's checklist answers for a citizen (user state: survives the conversation). */
export interface SavedChecklist {
  /** Condition question → the citizen's answer. */
  answers: Record<string, 'yes' | 'no'>;
  updatedAt: string;
  /** Set once every question was answered. */
  completedAt?: string;
}

export type SavedChecklists = Record<string, SavedChecklist>;

/** A dossier being filled in (user state, so a later session resumes it). Personal data only after consent. */
export interface DossierDraftState {
  procedureCode?: string;
  consentVersion?: string;
  consentAt?: string;
  fullName?: string;
  dateOfBirth?: string;
  cccd?: string;
  phone?: string;
  commune?: string;
  method?: 'truc_tiep' | 'truc_tuyen' | 'buu_chinh';
  /** Photos and files the citizen sent while filling the draft (Zalo). */
  attachments?: DossierAttachment[];
  updatedAt: string;
}
