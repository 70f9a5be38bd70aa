/**
 * Types of the Vietnamese understanding port. Dialogs depend on `Recognizer` only; the catalogue
 * shapes here are structural subsets of src/catalogue's Procedure and LifeEvent, so the real
 * Catalogue and small in-memory lists in tests both fit.
 */

export const INTENT_LABELS = [
  'greet',
  'thanks',
  'help',
  'cancel',
  'ask_procedure',
  'ask_documents',
  'ask_fee',
  'ask_time',
  'ask_location',
  'ask_online',
  'create_dossier',
  'check_status',
  'talk_to_officer',
  'feedback',
  'out_of_scope',
] as const;

export type IntentLabel = (typeof INTENT_LABELS)[number];

export function isIntentLabel(value: unknown): value is IntentLabel {
  return typeof value === 'string' && (INTENT_LABELS as readonly string[]).includes(value);
}

/** What NLU reads from a procedure. */
export interface NluProcedure {
  readonly code: string;
  readonly name: string;
  readonly domain?: string;
  readonly levels?: readonly string[];
  readonly shortName?: string;
  readonly aliases: readonly string[];
  readonly lifeEvents: readonly string[];
  readonly exampleQuestions: readonly string[];
  readonly curated: boolean;
}

export interface NluLifeEvent {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Procedure codes, in the order they are done. */
  readonly procedures: readonly string[];
}

export interface NluCatalogue {
  all(): readonly NluProcedure[];
  lifeEvents(): readonly NluLifeEvent[];
}

/** A commune as NLU needs it: current name plus the names people still use (pre-2025 units, informal). */
export interface NluCommune {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly formerUnits?: readonly string[];
}

export interface IntentScore {
  readonly intent: IntentLabel;
  readonly score: number;
}

export interface ProcedureCandidate {
  readonly code: string;
  readonly name: string;
  /** Calibrated confidence in [0, 1]. */
  readonly score: number;
}

export interface DateEntity {
  /** YYYY-MM-DD. */
  readonly value: string;
  readonly text: string;
}

export interface CommuneEntity {
  /** Current (post-2025) name. */
  readonly name: string;
  /** What the citizen wrote. */
  readonly text: string;
  /** True when the citizen used a pre-2025 or informal name. */
  readonly former: boolean;
}

export interface NluEntities {
  dossierCode?: string;
  phone?: string;
  cccd?: string;
  cmnd?: string;
  dates?: DateEntity[];
  personName?: string;
  commune?: CommuneEntity;
  /** Another province named as where the business is ("làm sổ đỏ ở Đà Nẵng"): not this office's matter. */
  otherPlace?: { readonly province: string; readonly text: string };
}

/** RecognizerResult-like output of one parse. */
export interface NluResult {
  readonly text: string;
  readonly normalized: string;
  readonly intent: IntentLabel;
  readonly intentConfidence: number;
  /** All intents, best first. */
  readonly intents: readonly IntentScore[];
  readonly procedure: ProcedureCandidate | null;
  /** Further candidates after `procedure`, best first. */
  readonly alternatives: readonly ProcedureCandidate[];
  /** True when the top candidates are too close to pick one: the dialog should ask. */
  readonly ambiguous: boolean;
  readonly entities: NluEntities;
}

export interface RecognizeContext {
  /** Procedure the conversation is about; helps with follow-ups ("lệ phí bao nhiêu?") and short forms. */
  readonly procedureCode?: string;
  /** Clock for relative dates ("hôm qua"); defaults to the recognizer's clock. */
  readonly now?: Date;
}

/**
 * The NLU port: one synchronous parse per citizen message. Never throws on any string.
 *
 * @example
 * const r = holder.current().recognize('lam giay ks cho be can j a');
 * // r.intent === 'ask_documents', r.procedure?.code === '1.001193'
 */
export interface Recognizer {
  recognize(text: string, context?: RecognizeContext): NluResult;
  /** Identifies the data the recognizer was built from (catalogue version, training size). */
  readonly version: string;
}
