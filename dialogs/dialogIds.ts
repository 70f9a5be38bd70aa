/** Dialog ids: constants, never repeated strings. */
export const MAIN_DIALOG = 'MainDialog';
export const MAIN_WATERFALL = 'MainDialog.waterfall';
export const DOCUMENT_CHECKLIST_DIALOG = 'DocumentChecklistDialog';
export const DOCUMENT_CHECKLIST_LOOP = 'DocumentChecklistDialog.loop';
export const FEEDBACK_DIALOG = 'FeedbackDialog';
export const FEEDBACK_WATERFALL = 'FeedbackDialog.waterfall';
export const RATING_DIALOG = 'RatingDialog';
export const RATING_WATERFALL = 'RatingDialog.waterfall';
export const YES_NO_PROMPT = 'YesNoPrompt';
export const TEXT_PROMPT = 'TextPrompt';
export const FEEDBACK_CONTENT_PROMPT = 'FeedbackDialog.contentPrompt';
export const FEEDBACK_PHONE_PROMPT = 'FeedbackDialog.phonePrompt';
export const RATING_PROMPT = 'RatingDialog.prompt';
export const CREATE_DOSSIER_DIALOG = 'CreateDossierDialog';
export const CREATE_DOSSIER_LOOP = 'CreateDossierDialog.loop';
export const DOSSIER_STATUS_DIALOG = 'DossierStatusDialog';
export const DOSSIER_STATUS_WATERFALL = 'DossierStatusDialog.waterfall';
