"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CatalogueValidationError = void 0;
/**
 * Thrown at start-up when catalogue, curation or agency data is invalid; names the file, the record
 * (procedure code, life-event id or index) and the field so staff can fix the data.
 *
 * @example new CatalogueValidationError('curation/ho-tich.json', '1.001193', 'documents.0.name', 'required')
 */
class CatalogueValidationError extends Error {
    file;
    record;
    field;
    detail;
    constructor(file, record, field, detail) {
        super(`Invalid catalogue data in ${file}, record ${record}, field ${field}: ${detail}`);
        this.file = file;
        this.record = record;
        this.field = field;
        this.detail = detail;
        this.name = 'CatalogueValidationError';
    }
}
exports.CatalogueValidationError = CatalogueValidationError;
