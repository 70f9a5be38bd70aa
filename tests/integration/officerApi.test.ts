import { createLogger } from '../../src/logger';
import { startTestApp, type TestApp } from '../support/testApp';
import { hashOfficerToken } from '../../src/officers/officerDirectory';
import { officerApi, OFFICER_ENV, OFFICER_TOKEN, submission, VIEWER_TOKEN } from './officerSupport';

const owner = { channelId: 'webchat', userId: 'citizen-1' };

describe('officer API', () => {
  let t: TestApp;
  const lines: string[] = [];
  const api = (method: string, path: string, options?: Parameters<typeof officerApi>[3]) => officerApi(t.baseUrl, method, path, options);
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    const logger = createLogger({ level: 'info', pretty: false, destination: { write: (line: string) => lines.push(line) } });
    t = await startTestApp({ env: OFFICER_ENV, logger });
  });
  afterAll(async () => {
    await t.app.notifications.notifier.idle(5000);
    await t.close();
  });

  async function dossierReceivedOn(instant: string, procedureCode = '1.001193'): Promise<string> {
    const { processingTime: _time, ...draft } = submission(owner, { procedureCode });
    const dossier = await t.app.services.dossiers.repository.create({ ...draft, expectedDate: null, receivedAt: new Date(instant) });
    return dossier.code;
  }

  describe('authentication', () => {
    it('without a token, or with a wrong one, answers 401 and asks for a bearer token', async () => {
      for (const token of [null, 'not-a-real-token', hashOfficerToken(OFFICER_TOKEN)]) {
        const res = await api('GET', '/api/officer/dossiers', { token });
        expect(res.status).toBe(401);
        expect(res.body.error.code).toBe('unauthorized');
        expect(res.headers.get('www-authenticate')).toBe('Bearer realm="officer"');
      }
      const basic = await fetch(`${t.baseUrl}/api/officer/dossiers`, { headers: { Authorization: 'Basic bGFuOmxhbg==' } });
      expect(basic.status).toBe(401);
    });

    it('a viewer account reads but may not change a dossier (403)', async () => {
      const { code } = await t.app.services.dossiers.system.submit(submission(owner));
      expect((await api('GET', `/api/officer/dossiers/${code}`, { token: VIEWER_TOKEN })).status).toBe(200);
      const res = await api('POST', `/api/officer/dossiers/${code}/status`, { token: VIEWER_TOKEN, body: { to: 'processing' } });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect((await t.app.services.dossiers.repository.get(code))?.status).toBe('received');
    });

    it('responses are never cached', async () => {
      const res = await api('GET', '/api/officer/dossiers');
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('with no account configured the API is closed (503), never open', async () => {
      const closed = await startTestApp({ redis: false });
      try {
        const res = await officerApi(closed.baseUrl, 'GET', '/api/officer/dossiers');
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe('not_configured');
      } finally {
        await closed.close();
      }
    });
  });

  describe('listing', () => {
    let march2: string[];
    let march3: string;
    beforeAll(async () => {
      march2 = [await dossierReceivedOn('2026-03-01T17:30:00Z'), await dossierReceivedOn('2026-03-02T09:00:00Z', '1.000656')];
      march3 = await dossierReceivedOn('2026-03-02T17:00:00Z');
      await t.app.services.dossiers.system.transition(march3, 'processing', { actor: { kind: 'officer', id: 'lan' } });
    });

    it('filters by the Vietnamese day received, inclusive of the "to" day', async () => {
      const res = await api('GET', '/api/officer/dossiers?from=2026-03-02&to=2026-03-02');
      expect(res.status).toBe(200);
      expect(res.body.items.map((d: { code: string }) => d.code).sort()).toEqual([...march2].sort());
      const instants = await api('GET', `/api/officer/dossiers?from=${encodeURIComponent('2026-03-02T08:00:00Z')}&to=${encodeURIComponent('2026-03-02T18:00:00Z')}`);
      expect(instants.body.items.map((d: { code: string }) => d.code).sort()).toEqual([march2[1], march3].sort());
    });

    it('filters by status and procedure, newest first', async () => {
      const processing = await api('GET', '/api/officer/dossiers?status=processing&from=2026-03-01&to=2026-03-03');
      expect(processing.body.items.map((d: { code: string }) => d.code)).toEqual([march3]);
      expect(processing.body.items[0]).toMatchObject({ status: 'processing', statusLabel: 'Đang xử lý', applicantName: 'Nguyễn Văn An', channel: 'webchat' });
      const byProcedure = await api('GET', '/api/officer/dossiers?procedure=1.000656');
      expect(byProcedure.body.items.map((d: { code: string }) => d.code)).toEqual([march2[1]]);
      const all = await api('GET', '/api/officer/dossiers?from=2026-03-01&to=2026-03-03');
      expect(all.body.items.map((d: { code: string }) => d.code)).toEqual([march3, march2[1], march2[0]]);
    });

    it('pages', async () => {
      const page2 = await api('GET', '/api/officer/dossiers?from=2026-03-01&to=2026-03-03&page=2&pageSize=2');
      expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page2.body.items.map((d: { code: string }) => d.code)).toEqual([march2[0]]);
    });

    it.each(['status=finished', 'pageSize=1000', 'page=0', 'from=2026-02-30', 'to=yesterday', 'procedure=%3Cscript%3E', 'sort=code'])('refuses ?%s with 400', async (query) => {
      const res = await api('GET', `/api/officer/dossiers?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    });
  });

  describe('one dossier', () => {
    it('shows the dossier, its history and the changes still allowed, without channel plumbing', async () => {
      const { code } = await t.app.services.dossiers.system.submit(submission({ ...owner, conversationRef: { conversation: { id: 'c-1' }, serviceUrl: '' } }));
      const res = await api('GET', `/api/officer/dossiers/${code.toLowerCase()}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ code, status: 'received', statusLabel: 'Mới tiếp nhận', allowedTransitions: ['processing', 'rejected'] });
      expect(res.body.history).toHaveLength(1);
      expect(res.body.owner).toEqual(owner);
    });

    it('404 for an unknown code, 400 for a malformed one', async () => {
      expect((await api('GET', '/api/officer/dossiers/DEMO-260302-9999')).status).toBe(404);
      const malformed = await api('GET', '/api/officer/dossiers/hello');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.code).toBe('invalid_code');
    });
  });

  describe('changing status', () => {
    it('applies the change, records the officer in the history and writes an audit line', async () => {
      const { code } = await t.app.services.dossiers.system.submit(submission(owner));
      const res = await api('POST', `/api/officer/dossiers/${code}/status`, { body: { to: 'processing', note: 'Đã phân công cán bộ tư pháp' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ code, status: 'processing', allowedTransitions: ['awaiting_supplement', 'result_ready', 'rejected'] });
      expect(res.body.history[1]).toEqual({
        at: expect.any(String),
        actor: { kind: 'officer', id: 'lan', name: 'Nguyễn Thị Lan' },
        from: 'received',
        to: 'processing',
        note: 'Đã phân công cán bộ tư pháp',
      });
      const stored = await t.app.services.dossiers.repository.get(code);
      expect(stored?.history[1]?.actor.id).toBe('lan');
      expect(logged()).toContainEqual(expect.objectContaining({ audit: 'dossier_status', officer: 'lan', code, from: 'received', to: 'processing', outcome: 'changed' }));
    });

    it.each([
      ['a transition the rules forbid', ['processing'], { to: 'returned' }, 'Dạ, không thể chuyển hồ sơ từ "Đang xử lý" sang "Đã trả kết quả" ạ.'],
      ['a rejection without a reason', [], { to: 'rejected', reason: '   ' }, 'Dạ, từ chối hồ sơ cần ghi rõ lý do ạ.'],
      ['a cancellation by an officer', [], { to: 'cancelled' }, 'Dạ, chỉ người nộp hồ sơ mới có thể hủy hồ sơ ạ.'],
      ['a change from a final status', ['rejected'], { to: 'processing' }, 'Dạ, hồ sơ ở trạng thái "Từ chối" đã kết thúc nên không thể chuyển sang trạng thái khác ạ.'],
    ])('refuses %s with 409 and the Vietnamese reason, and audits the refusal', async (_label, before, body, reason) => {
      const { code } = await t.app.services.dossiers.system.submit(submission(owner));
      for (const to of before) {
        await t.app.services.dossiers.system.transition(code, to as 'processing', { actor: { kind: 'officer', id: 'lan' }, reason: 'Thiếu tờ khai' });
      }
      const res = await api('POST', `/api/officer/dossiers/${code}/status`, { body });
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({ code: 'invalid_transition', message: reason });
      expect((await t.app.services.dossiers.repository.get(code))?.history).toHaveLength(1 + before.length);
      expect(logged()).toContainEqual(expect.objectContaining({ audit: 'dossier_status', officer: 'lan', code, outcome: 'refused' }));
    });

    it('404 for an unknown dossier, 400 for a bad body, 415 for a body that is not JSON', async () => {
      expect((await api('POST', '/api/officer/dossiers/DEMO-260302-9999/status', { body: { to: 'processing' } })).status).toBe(404);
      const { code } = await t.app.services.dossiers.system.submit(submission(owner));
      for (const body of [{ to: 'done' }, { to: 'processing', actor: 'someone-else' }, {}, { to: 'processing', note: 'x'.repeat(2001) }]) {
        expect((await api('POST', `/api/officer/dossiers/${code}/status`, { body })).status).toBe(400);
      }
      const form = await fetch(`${t.baseUrl}/api/officer/dossiers/${code}/status`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${OFFICER_TOKEN}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'to=processing',
      });
      expect(form.status).toBe(415);
      expect((await t.app.services.dossiers.repository.get(code))?.status).toBe('received');
    });

    it('logs no token and no phone number', () => {
      const all = lines.join('\n');
      expect(all).not.toContain(OFFICER_TOKEN);
      expect(all).not.toContain('0912345678');
    });
  });

  it('documents the officer API in the OpenAPI document', async () => {
    const doc = await (await fetch(`${t.baseUrl}/api/openapi.json`)).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/officer/dossiers', '/api/officer/dossiers/{code}', '/api/officer/dossiers/{code}/status', '/api/officer/notifications/failed']),
    );
    expect(doc.paths['/api/officer/dossiers/{code}/status'].post.responses['409']).toBeDefined();
    expect(doc.components.securitySchemes.officerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
