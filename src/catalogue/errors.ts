/**
 * Thrown at start-up when catalogue, curation or agency data is invalid; names the file, the record
 * (procedure code, life-event id or index) and the field so staff can fix the data.
 *
 * @example new CatalogueValidationError('curation/ho-tich.json', '1.001193', 'documents.0.name', 'required')
 */
export class CatalogueValidationError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`Invalid catalogue data in ${file}, record ${record}, field ${field}: ${detail}`);
    this.name = 'CatalogueValidationError';
  }
}
