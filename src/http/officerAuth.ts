import type { RequestHandler, Response } from 'express';
import type { Officer } from '../officers/officerAccount';
import type { OfficerDirectory } from '../officers/officerDirectory';

const BEARER = /^Bearer\s+(\S{1,512})\s*$/i;

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/**
 * Bearer-token authentication for the officer API. With no account configured every request gets 503:
 * the API is never open. Responses carry personal data, so none may be cached.
 */
export function requireOfficer(directory: OfficerDirectory): RequestHandler {
  return (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    if (!directory.configured) {
      refuse(res, 503, 'not_configured', 'API cán bộ chưa được cấu hình (OFFICER_ACCOUNTS).');
      return;
    }
    const token = BEARER.exec(req.headers.authorization ?? '')?.[1];
    const officer = token ? directory.authenticate(token) : null;
    if (!officer) {
      res.set('WWW-Authenticate', 'Bearer realm="officer"');
      refuse(res, 401, 'unauthorized', 'Cần mã truy cập hợp lệ của cán bộ.');
      return;
    }
    res.locals.officer = officer;
    next();
  };
}

/** Only accounts with the 'officer' role may change dossiers; viewers get 403. */
export function requireOfficerRole(): RequestHandler {
  return (_req, res, next) => {
    if (officerOf(res).role !== 'officer') {
      refuse(res, 403, 'forbidden', 'Tài khoản này chỉ được xem, không được thay đổi hồ sơ.');
      return;
    }
    next();
  };
}

/** The officer requireOfficer authenticated for this request. */
export function officerOf(res: Response): Officer {
  const officer = res.locals.officer as Officer | undefined;
  if (!officer) throw new Error('officerOf called on a route without requireOfficer');
  return officer;
}
