import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/testApp';
import { OFFICER_ENV, submission } from './officerSupport';

const owner = { channelId: 'webchat', userId: 'citizen-slip' };
const OFFICE = 'Bộ phận Một cửa – Ủy ban nhân dân xã Định Hóa';

describe('appointment slip /dossiers/{code}/slip', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: OFFICER_ENV });
  });
  afterAll(async () => {
    await t.app.notifications.notifier.idle(5000);
    await t.close();
  });

  const newDossier = async (fullName = 'Nguyễn Văn An', checklistAnswers: Record<string, string> = {}) => {
    const base = submission(owner);
    return t.app.services.dossiers.system.submit({ ...base, checklistAnswers, applicant: { ...base.applicant, fullName } });
  };
  const post = async (code: string, form: string) => {
    const res = await fetch(`${t.baseUrl}/dossiers/${encodeURIComponent(code)}/slip`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    return { status: res.status, headers: res.headers, html: await res.text() };
  };
  const inline = (html: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(html)?.[1] ?? '';
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('asks for the last 4 digits of the phone number, in Vietnamese, uncached and under a strict CSP', async () => {
    const { code } = await newDossier();
    const res = await fetch(`${t.baseUrl}/dossiers/${code}/slip`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('4 số cuối');
    expect(html).toContain(`action="/dossiers/${code}/slip"`);
    expect(html).toContain('name="phoneLast4"');
    expect(res.headers.get('content-security-policy')).toContain(hash(inline(html, 'style')));
  });

  it('a wrong last-4 and an unknown or malformed code get the same answer', async () => {
    const { code } = await newDossier();
    const unknown = code.replace(/\d{4}$/, '9999');
    const wrong = await post(code, 'phoneLast4=0000');
    const notFound = await post(unknown, 'phoneLast4=5678');
    const malformed = await post('HS-KHONG-CO', 'phoneLast4=5678');
    expect(wrong.status).toBe(403);
    expect([notFound.status, malformed.status]).toEqual([403, 403]);
    expect(notFound.html.split(unknown).join('CODE')).toBe(wrong.html.split(code).join('CODE'));
    expect(malformed.html.split('HS-KHONG-CO').join('CODE')).toBe(wrong.html.split(code).join('CODE'));
    expect(wrong.html).toContain('mã hồ sơ hoặc 4 số cuối số điện thoại chưa đúng');
    expect(wrong.html).not.toContain('Thủ tục đăng ký khai sinh');
  });

  it('the right last-4 shows the printable slip with the facts from the dossier and data/', async () => {
    const documents = t.app.knowledge.catalogue().get('1.001193')?.documents ?? [];
    const birthCertificate = documents.find((d) => d.name === 'Giấy chứng sinh');
    const witness = documents.find((d) => d.alternativeOf === 'Giấy chứng sinh');
    expect(birthCertificate?.condition?.neededWhen).toBe('yes');
    const receipt = await newDossier('Nguyễn Văn An', { [birthCertificate?.condition?.ask ?? '']: 'yes' });
    expect(receipt.expectedDate).not.toBeNull();
    const res = await post(receipt.code, 'phoneLast4=5678');
    expect(res.status).toBe(200);
    const [year, month, day] = (receipt.expectedDate ?? '').split('-');
    for (const expected of [receipt.code, 'PHIẾU HẸN TRẢ KẾT QUẢ', 'Thủ tục đăng ký khai sinh', `${day}/${month}/${year}`, OFFICE, 'Nguyễn Văn An', '*******678', 'Giấy chứng sinh']) {
      expect(res.html).toContain(expected);
    }
    const oneStop = t.app.knowledge.catalogue().agencies.oneStop;
    expect(oneStop.address).toBeNull();
    expect(res.html).toContain(oneStop.whereToAsk ?? 'whereToAsk missing');
    expect(res.html).not.toContain('0912345678');
    expect(res.html).not.toContain(witness?.name ?? 'witness missing');
    expect(res.html).toContain('Một số giấy tờ khác chỉ cần trong từng trường hợp cụ thể');
    expect(inline(res.html, 'style')).toContain('@media print');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(hash(inline(res.html, 'style')));
    expect(csp).toContain(hash(inline(res.html, 'script')));
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('escapes every value it shows', async () => {
    const { code } = await newDossier('An <img src=x onerror=alert(1)>');
    const slip = await post(code, 'phoneLast4=5678');
    expect(slip.html).toContain('An &lt;img src=x onerror=alert(1)&gt;');
    expect(slip.html).not.toContain('<img');
    const form = await (await fetch(`${t.baseUrl}/dossiers/${encodeURIComponent('"><script>alert(1)</script>')}/slip`)).text();
    expect(form).not.toContain('<script>');
    expect(form).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('input that is not 4 digits is asked again without counting as a wrong try', async () => {
    const { code } = await newDossier();
    for (let i = 0; i < 6; i += 1) expect((await post(code, 'phoneLast4=12ab')).status).toBe(400);
    expect((await post(code, '')).status).toBe(400);
    expect((await post(code, 'phoneLast4=5678')).status).toBe(200);
  });

  it('locks the code after 5 wrong tries, even for the right digits', async () => {
    const { code } = await newDossier();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post(code, 'phoneLast4=1111')).status);
    expect(statuses).toEqual([403, 403, 403, 403, 429]);
    const locked = await post(code, 'phoneLast4=5678');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.html).toContain('nhập sai quá nhiều lần');
    expect(locked.html).not.toContain('Thủ tục đăng ký khai sinh');
  });
});
