import { maskCccd, maskPhone } from '../../../src/domain/mask';

describe('masks', () => {
  it('keeps only the last four CCCD digits', () => {
    expect(maskCccd('019095001234')).toBe('********1234');
    expect(maskCccd('019 095 001 234')).toBe('********1234');
  });

  it('keeps only the last three phone digits', () => {
    expect(maskPhone('0912345678')).toBe('*******678');
    expect(maskPhone('+84 912 345 678')).toBe('********678');
  });

  it('masks short input entirely rather than reveal most of it', () => {
    expect(maskPhone('12345')).toBe('*****');
    expect(maskCccd('1234567')).toBe('*******');
    expect(maskPhone('')).toBe('');
  });

  it('never leaks a digit other than the visible tail', () => {
    const cccd = '019095001234';
    expect(maskCccd(cccd).slice(0, -4)).not.toMatch(/\d/);
  });
});
