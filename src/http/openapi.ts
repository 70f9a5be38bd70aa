import { DEFAULT_PAGE_SIZE, LEVELS, MAX_PAGE_SIZE, SUBMISSION_METHODS, TIME_UNITS } from '../catalogue';

/** OpenAPI 3.1 path item map; other routers add theirs through `openApiDocument(extraPaths)`. */
export type OpenApiPaths = Record<string, Record<string, unknown>>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: OpenApiPaths;
  components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
}

const errorResponse = (description: string): Record<string, unknown> => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const PROCEDURE_PATHS: OpenApiPaths = {
  '/api/procedures': {
    get: {
      operationId: 'listProcedures',
      summary: 'Search the procedure catalogue (paged)',
      parameters: [
        { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 }, description: 'Free text; diacritics optional' },
        { name: 'domain', in: 'query', schema: { type: 'string' }, description: 'Lĩnh vực, e.g. "Hộ tịch"' },
        { name: 'level', in: 'query', schema: { type: 'string', enum: [...LEVELS] } },
        { name: 'lifeEvent', in: 'query', schema: { type: 'string' }, description: 'Life-event id' },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
        {
          name: 'pageSize',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
        },
      ],
      responses: {
        '200': {
          description: 'One page of matching procedures, best match first',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ProcedurePage' } } },
        },
        '400': errorResponse('Invalid query parameter'),
      },
    },
  },
  '/api/procedures/{code}': {
    get: {
      operationId: 'getProcedure',
      summary: 'One procedure by its code (mã thủ tục)',
      parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', examples: ['1.001193'] } }],
      responses: {
        '200': {
          description: 'The procedure with the curation layer merged',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Procedure' } } },
        },
        '400': errorResponse('Malformed code'),
        '404': errorResponse('No procedure with this code'),
      },
    },
  },
};

const stringArray = { type: 'array', items: { type: 'string' } };
const nullableString = { type: ['string', 'null'] };

const SCHEMAS: Record<string, unknown> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: { error: { type: 'string' }, field: { type: 'string' }, detail: { type: 'string' } },
  },
  ProcessingTime: {
    type: 'object',
    required: ['amount', 'unit', 'text'],
    properties: {
      amount: { type: ['number', 'null'] },
      unit: { type: 'string', enum: [...TIME_UNITS] },
      text: { type: 'string' },
    },
  },
  Fee: {
    type: 'object',
    required: ['text'],
    description: 'VND; amount, or min/max range, or free. Absent numbers mean "see text".',
    properties: {
      amount: { type: 'number' },
      min: { type: 'number' },
      max: { type: 'number' },
      free: { type: 'boolean' },
      text: { type: 'string' },
    },
  },
  Submission: {
    type: 'object',
    required: ['method', 'time', 'fee'],
    properties: {
      method: { type: 'string', enum: [...SUBMISSION_METHODS] },
      time: { oneOf: [{ $ref: '#/components/schemas/ProcessingTime' }, { type: 'null' }] },
      fee: { oneOf: [{ $ref: '#/components/schemas/Fee' }, { type: 'null' }] },
      text: { type: 'string' },
    },
  },
  Document: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string' },
      originals: { type: 'integer' },
      copies: { type: 'integer' },
      form: { type: 'string' },
      when: { type: 'string' },
      alternativeOf: { type: 'string' },
      condition: {
        type: 'object',
        properties: { ask: { type: 'string' }, neededWhen: { type: 'string', enum: ['yes', 'no'] } },
      },
    },
  },
  Procedure: {
    type: 'object',
    required: ['code', 'name', 'domain', 'levels', 'submission', 'documents', 'provenance', 'curated'],
    properties: {
      code: { type: 'string' },
      name: { type: 'string' },
      shortName: { type: 'string' },
      domain: { type: 'string' },
      ministry: { type: 'string' },
      procedureType: nullableString,
      levels: { type: 'array', items: { type: 'string', enum: [...LEVELS] } },
      subjects: stringArray,
      submission: { type: 'array', items: { $ref: '#/components/schemas/Submission' } },
      documents: { type: 'array', items: { $ref: '#/components/schemas/Document' } },
      documentNotes: stringArray,
      steps: stringArray,
      conditions: stringArray,
      result: nullableString,
      legalBasis: {
        type: 'array',
        items: { type: 'object', properties: { title: { type: 'string' }, number: { type: 'string' } } },
      },
      competentAgency: nullableString,
      decisionNumber: nullableString,
      sourceUrl: nullableString,
      importDate: { type: 'string', format: 'date' },
      provenance: {
        type: 'object',
        properties: {
          source: { type: 'string', enum: ['dichvucong.gov.vn', 'curated'] },
          snapshot: { type: 'string' },
          unparsed: stringArray,
          omitted: stringArray,
          note: { type: 'string' },
        },
      },
      aliases: stringArray,
      lifeEvents: stringArray,
      exampleQuestions: stringArray,
      curated: { type: 'boolean' },
      feeStatement: { type: 'string' },
      notes: stringArray,
    },
  },
  ProcedurePage: {
    type: 'object',
    required: ['items', 'total', 'page', 'pageSize', 'version'],
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/Procedure' } },
      total: { type: 'integer' },
      page: { type: 'integer' },
      pageSize: { type: 'integer' },
      version: { type: 'string', description: 'Catalogue content hash' },
    },
  },
};

/**
 * The service's OpenAPI 3.1 document. Pass other routers' paths to include them.
 *
 * @example app.get('/api/openapi.json', (_req, res) => res.json(openApiDocument(healthPaths)))
 */
export function openApiDocument(extraPaths: OpenApiPaths = {}, securitySchemes?: Record<string, unknown>): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trợ lý Một cửa API',
      version: '0.1.0',
      description: 'Administrative procedure catalogue and chatbot endpoints of the commune one-stop assistant.',
    },
    paths: { ...PROCEDURE_PATHS, ...extraPaths },
    components: { schemas: structuredClone(SCHEMAS), ...(securitySchemes ? { securitySchemes: structuredClone(securitySchemes) } : {}) },
  };
}
