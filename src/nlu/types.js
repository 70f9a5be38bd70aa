"use strict";
/**
 * Types of the Vietnamese understanding port. Dialogs depend on `Recognizer` only; the catalogue
 * shapes here are structural subsets of src/catalogue's Procedure and LifeEvent, so the real
 * Catalogue and small in-memory lists in tests both fit.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.INTENT_LABELS = void 0;
exports.isIntentLabel = isIntentLabel;
exports.INTENT_LABELS = [
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
];
function isIntentLabel(value) {
    return typeof value === 'string' && exports.INTENT_LABELS.includes(value);
}
