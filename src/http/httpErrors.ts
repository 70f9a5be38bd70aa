import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';

/** An error whose message is safe to show to the caller, with its HTTP status. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code = 'bad_request') {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * express.json that refuses anything but JSON with 415 and keeps the body limit; parse errors and
 * oversized bodies become 4xx JSON errors in the error handler below.
 */
export function jsonBody(limit: string): RequestHandler[] {
  const parse = express.json({ limit, strict: true });
  const requireJson: RequestHandler = (req, _res, next) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !req.is(['application/json', 'application/*+json'])) {
      next(new HttpError(415, 'Content-Type must be application/json', 'unsupported_media_type'));
      return;
    }
    next();
  };
  return [requireJson, parse];
}

interface BodyParserError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

export function notFoundHandler(): RequestHandler {
  return (req, _res, next) => next(new HttpError(404, `No route for ${req.method} ${req.path}`, 'not_found'));
}

/** 4xx show their reason; anything else is a 500 with a generic message and no stack trace. */
export function errorHandler(logger: Logger, metrics: Metrics): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    let status = 500;
    let code = 'internal_error';
    let message = 'Internal server error';
    if (err instanceof HttpError) {
      ({ status, code, message } = err);
    } else if (err instanceof Error) {
      const e = err as BodyParserError;
      const s = e.status ?? e.statusCode;
      if (typeof s === 'number' && s >= 400 && s < 500) {
        status = s;
        code = e.type === 'entity.too.large' ? 'payload_too_large' : e.type === 'entity.parse.failed' ? 'invalid_json' : e.type ?? 'bad_request';
        message =
          e.type === 'entity.too.large'
            ? 'Request body is larger than the allowed limit'
            : e.type === 'entity.parse.failed'
              ? 'Request body is not valid JSON'
              : e.expose
                ? e.message
                : 'Bad request';
      }
    }
    metrics.errors.inc({ kind: `http_${status}` });
    if (status >= 500) logger.error({ err, method: req.method, path: req.path }, 'request failed');
    else logger.warn({ status, code, method: req.method, path: req.path }, message);
    if (res.headersSent) return;
    res.status(status).json({ error: { code, message } });
  };
}
