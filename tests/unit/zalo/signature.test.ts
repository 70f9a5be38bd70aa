import { verifyZaloSignature, zaloSignature } from '../../../src/channels/zalo/signature';

/** Expected digests were computed outside the code: printf '%s' "<app_id><body><timestamp><key>" | sha256sum */
const WORKED_EXAMPLES = [
  {
    name: 'a text event',
    appId: '1234567890',
    rawBody: '{"app_id":"1234567890","event_name":"user_send_text","timestamp":"1699003881354"}',
    timestamp: '1699003881354',
    secretKey: 'oa-secret-key',
    hex: '93211dd69143c493bf9e7ffef4e1779088ff3ca4d36e84d2e478398b5002ade8',
  },
  {
    name: 'Vietnamese text is hashed as UTF-8 bytes',
    appId: '1234567890',
    rawBody: '{"message":{"text":"Xin chào"}}',
    timestamp: '1699003881354',
    secretKey: 'oa-secret-key',
    hex: '1202cb1b59be76f85dc77b12330886a1b329321ed8daaba0478f2a9005d8433d',
  },
  {
    name: 'a follow event, app id first',
    appId: '1234567890',
    rawBody: '{"event_name":"follow","oa_id":"4368496502530091877","timestamp":"1700000000000"}',
    timestamp: '1700000000000',
    secretKey: 'oa-secret-key',
    hex: 'd7bc9c24cb7d4f230c293302a2c3ab1466fe4e87fdc561bfcb471a9305db7de6',
  },
];

const OA_ID_VARIANT_HEX = 'ece4b1f65a8d4ad13f26a7104ceb3e0c486df55dd92a217bb8ce058b9c9f8623';

describe('zaloSignature', () => {
  it.each(WORKED_EXAMPLES)('matches the worked example: $name', ({ appId, rawBody, timestamp, secretKey, hex }) => {
    expect(zaloSignature({ appId, rawBody, timestamp, secretKey })).toBe(hex);
    expect(zaloSignature({ appId, rawBody: Buffer.from(rawBody, 'utf8'), timestamp, secretKey })).toBe(hex);
  });
});

describe('verifyZaloSignature', () => {
  const example = WORKED_EXAMPLES[0]!;
  const base = {
    rawBody: Buffer.from(example.rawBody, 'utf8'),
    appId: example.appId,
    timestamp: example.timestamp,
    secretKey: example.secretKey,
  };

  it.each([`mac=${example.hex}`, example.hex, `MAC=${example.hex.toUpperCase()}`, ` mac=${example.hex} `])(
    'accepts the right signature written as %s',
    (header) => {
      expect(verifyZaloSignature({ ...base, header })).toEqual({ ok: true, variant: 'app_id' });
    },
  );

  it.each([
    ['missing', undefined, {}],
    ['missing', '', {}],
    ['malformed', 'mac=not-hex', {}],
    ['malformed', `mac=${example.hex.slice(2)}`, {}],
    ['mismatch', `mac=${example.hex}`, { secretKey: 'another-key' }],
    ['mismatch', `mac=${example.hex}`, { rawBody: Buffer.from(example.rawBody.replace('text', 'image'), 'utf8') }],
    ['mismatch', `mac=${example.hex}`, { timestamp: '1699003881355' }],
    ['mismatch', `mac=${example.hex}`, { appId: '1234567891' }],
  ])('rejects a %s signature (%s)', (reason, header, override) => {
    expect(verifyZaloSignature({ ...base, ...override, header })).toEqual({ ok: false, reason });
  });

  it('accepts the oa_id variant of the formula and says so', () => {
    const follow = WORKED_EXAMPLES[2]!;
    const check = verifyZaloSignature({
      header: `mac=${OA_ID_VARIANT_HEX}`,
      rawBody: Buffer.from(follow.rawBody, 'utf8'),
      appId: follow.appId,
      oaId: '4368496502530091877',
      timestamp: follow.timestamp,
      secretKey: follow.secretKey,
    });
    expect(check).toEqual({ ok: true, variant: 'oa_id' });
  });
});
