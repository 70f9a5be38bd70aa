import { MAX_PAGE_SIZE } from '../dossiers/dossierRepository';
import { DOSSIER_STATUSES } from '../dossiers/status';
import type { OpenApiPaths } from './openapi';

/** Bearer token of an officer account (OFFICER_ACCOUNTS); passed to openApiDocument as its security scheme. */
export const OFFICER_SECURITY_SCHEMES: Record<string, unknown> = {
  officerToken: { type: 'http', scheme: 'bearer', description: 'Token of an officer account; the server keeps only its SHA-256 (OFFICER_ACCOUNTS).' },
};

const apiError = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

const error = (description: string): Record<string, unknown> => ({ description, content: { 'application/json': { schema: apiError } } });
const json = (description: string, schema: Record<string, unknown>): Record<string, unknown> => ({ description, content: { 'application/json': { schema } } });

const status = { type: 'string', enum: [...DOSSIER_STATUSES] };
const code = { name: 'code', in: 'path', required: true, schema: { type: 'string', examples: ['000.00.21.H55-260302-0001'] } };
const secured = { security: [{ officerToken: [] }] };
const authErrors = {
  '401': error('No or unknown officer token'),
  '503': error('No officer account is configured (OFFICER_ACCOUNTS)'),
};

const notification = {
  type: 'object',
  properties: { channel: { type: 'string' }, ok: { type: 'boolean' }, error: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
};

const dossier = {
  type: 'object',
  description: 'The dossier with its history (each entry: at, actor, from, to, note?, reason?) and notification records.',
  properties: {
    code: { type: 'string' },
    procedureCode: { type: 'string' },
    procedureName: { type: 'string' },
    status,
    statusLabel: { type: 'string' },
    allowedTransitions: { type: 'array', items: status },
    history: { type: 'array', items: { type: 'object' } },
    notifications: { type: 'array', items: notification },
    expectedDate: { type: ['string', 'null'], format: 'date' },
  },
};

/** OpenAPI path items of the officer API (src/http/officerRoutes.ts). */
export const OFFICER_OPENAPI_PATHS: OpenApiPaths = {
  '/api/officer/dossiers': {
    get: {
      ...secured,
      operationId: 'listDossiers',
      summary: 'Dossiers, newest first, filtered and paged',
      parameters: [
        { name: 'status', in: 'query', schema: status },
        { name: 'procedure', in: 'query', schema: { type: 'string' }, description: 'Procedure code (mã thủ tục)' },
        { name: 'from', in: 'query', schema: { type: 'string' }, description: 'Received on or after: YYYY-MM-DD (Vietnam time) or an ISO instant' },
        { name: 'to', in: 'query', schema: { type: 'string' }, description: 'Received on or before this day (YYYY-MM-DD, inclusive) or before an ISO instant' },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
        { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 } },
      ],
      responses: {
        '200': json('One page of dossier summaries', { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } }),
        '400': error('Invalid query parameter'),
        ...authErrors,
      },
    },
  },
  '/api/officer/dossiers/{code}': {
    get: {
      ...secured,
      operationId: 'getDossier',
      summary: 'One dossier with its history',
      parameters: [code],
      responses: { '200': json('The dossier', dossier), '400': error('Malformed code'), '404': error('No such dossier'), ...authErrors },
    },
  },
  '/api/officer/dossiers/{code}/status': {
    post: {
      ...secured,
      operationId: 'changeDossierStatus',
      summary: 'Change the status; the citizen is notified on the channel the dossier came from',
      parameters: [code],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['to'],
              additionalProperties: false,
              properties: {
                to: status,
                note: { type: 'string', maxLength: 2000, description: 'Told to the citizen (for awaiting_supplement: what to bring)' },
                reason: { type: 'string', maxLength: 2000, description: 'Required when rejecting; told to the citizen' },
              },
            },
          },
        },
      },
      responses: {
        '200': json('The dossier after the change', dossier),
        '400': error('Invalid body or code'),
        '403': error('The account may only read'),
        '404': error('No such dossier'),
        '409': error('invalid_transition: the change is not allowed (message says why, in Vietnamese); conflict: changed concurrently'),
        ...authErrors,
      },
    },
  },
  '/api/officer/notifications/failed': {
    get: {
      ...secured,
      operationId: 'listFailedNotifications',
      summary: 'Status notifications that never reached the citizen, newest first',
      parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } }],
      responses: {
        '200': json('Failed deliveries', {
          type: 'object',
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  code: { type: 'string' },
                  procedureName: { type: 'string' },
                  to: status,
                  channel: { type: 'string' },
                  error: { type: 'string' },
                  attempts: { type: 'integer' },
                  at: { type: 'string', format: 'date-time' },
                },
              },
            },
          },
        }),
        '400': error('Invalid limit'),
        ...authErrors,
      },
    },
  },
};
