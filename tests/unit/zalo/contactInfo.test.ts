import { parseContactInfo } from '../../../src/channels/zalo/contactInfo';
import { submitInfoEvent, submitInfoFlatEvent } from './fixtures';

const at = new Date('2025-11-01T08:00:00.000Z');

describe('parseContactInfo', () => {
  it('reads the nested full_address shape', () => {
    expect(parseContactInfo(submitInfoEvent.info, at)).toEqual({
      name: 'Nguyễn Văn An',
      phone: '0900000000',
      dateOfBirth: '01/02/1990',
      gender: 'male',
      address: 'Xóm Bản Quyên, Xã Định Hóa, Thái Nguyên',
      ward: 'Xã Định Hóa',
      city: 'Thái Nguyên',
      consentedAt: at.toISOString(),
    });
  });

  it('reads the older flat shape the same way, dropping empty parts', () => {
    expect(parseContactInfo(submitInfoFlatEvent.info, at)).toEqual({
      name: 'Nguyễn Văn An',
      phone: '0900000000',
      address: 'Xóm Bản Quyên, Xã Định Hóa, Thái Nguyên',
      ward: 'Xã Định Hóa',
      city: 'Thái Nguyên',
      consentedAt: at.toISOString(),
    });
  });

  it('takes a full_address given as one line and normalises text to NFC', () => {
    const decomposed = 'Nguyễn Văn An'.normalize('NFD');
    const info = parseContactInfo({ name: decomposed, full_address: ' Xóm Bản Quyên, Xã Định Hóa ' }, at);
    expect(info.name).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(info.address).toBe('Xóm Bản Quyên, Xã Định Hóa');
  });

  it('gives only the consent time when the form was empty', () => {
    expect(parseContactInfo(undefined, at)).toEqual({ consentedAt: at.toISOString() });
  });
});
