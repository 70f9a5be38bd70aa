/**
 * Vietnamese understanding port. Dialogs use `Recognizer`; start-up builds one with
 * `buildRecognizer({ catalogue, trainingData: loadTrainingData(dataDir), communes })` and keeps it in a
 * `RecognizerHolder` so catalogue edits go live with `holder.rebuild()`.
 */
export type {
  CommuneEntity,
  DateEntity,
  IntentLabel,
  IntentScore,
  NluCatalogue,
  NluCommune,
  NluEntities,
  NluLifeEvent,
  NluProcedure,
  NluResult,
  ProcedureCandidate,
  RecognizeContext,
  Recognizer,
} from './types';
export { INTENT_LABELS, isIntentLabel } from './types';
export { buildRecognizer, RecognizerHolder, VietnameseRecognizer, type Explanation, type RecognizerDeps } from './recognizer';
export { loadTrainingData, parseTrainingData, type NluTrainingData } from './nluData';
export { normalizeText, cleanInput, hasDiacritics } from './normalize';
export { foldText, foldWord } from './fold';
export { DEFAULT_WARM_UP_SIZE, warmUp, warmUpTexts, type WarmUpReport } from './warmUp';
