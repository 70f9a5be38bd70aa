import { Writable } from 'node:stream';
import { createLogger, redactText, redactValue } from '../../src/logger';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, logger: createLogger({ level: 'info', pretty: false, destination }) };
}

describe('redactText', () => {
  test.each([
    ['CCCD của tôi là 001203004567', 'CCCD của tôi là [CCCD]'],
    ['số cmnd 121234567', 'số cmnd [CMND]'],
    ['gọi 0912345678 nhé', 'gọi [PHONE] nhé'],
    ['hoặc +84912345678', 'hoặc [PHONE]'],
    ['sđt 0912 345 678', 'sđt [PHONE]'],
    ['Authorization: Bearer abc.def-ghi', 'Authorization: Bearer [REDACTED]'],
    ['refresh_token=AbCdEf123456', 'refresh_token=[REDACTED]'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  test('leaves dates, dossier codes and short numbers alone', () => {
    const text = 'Hồ sơ 000.00.21.H55-261128-0001 hẹn ngày 02/12/2026, lệ phí 8.000 đồng';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactValue', () => {
  test('masks secret-named keys at any depth and scrubs strings', () => {
    const out = redactValue({ access_token: 'xyz', nested: { cccd: '001203004567', note: 'sđt 0987654321' }, ok: true }) as Record<string, unknown>;
    expect(out).toEqual({ access_token: '[REDACTED]', nested: { cccd: '[REDACTED]', note: 'sđt [PHONE]' }, ok: true });
  });
});

describe('createLogger', () => {
  test('redacts personal data in messages and merged objects without each call site doing it', () => {
    const { lines, logger } = capture();
    logger.info({ user: { phone: '0912345678', name: 'A' }, text: 'CCCD 001203004567' }, 'citizen 0987654321 wrote');
    const out = lines.join('');
    expect(out).not.toContain('0912345678');
    expect(out).not.toContain('001203004567');
    expect(out).not.toContain('0987654321');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ msg: 'citizen [PHONE] wrote', text: 'CCCD [CCCD]', user: { phone: '[REDACTED]', name: 'A' } });
  });

  test('redacts errors carrying tokens', () => {
    const { lines, logger } = capture();
    logger.error({ err: new Error('call failed with access_token=SECRETVALUE123') }, 'boom');
    expect(lines.join('')).not.toContain('SECRETVALUE123');
  });
});
