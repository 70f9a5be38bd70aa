import { isMobilePhone, normalizePhone, parsePhone } from '../../../src/domain/phone';

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(+84) 386 123 456', '0386123456'],
    ['0523456789', '0523456789'],
    ['0703456789', '0703456789'],
    ['0813456789', '0813456789'],
    ['０９１２３４５６７８', '0912345678'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    [''],
    ['091234567'],
    ['09123456789'],
    ['0112345678'],
    ['0412345678'],
    ['0612345678'],
    ['1912345678'],
    ['+8491234567'],
    ['0912a45678'],
    ['0208385512'],
  ])('refuses %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('tells mobiles from landlines (02 + 9 digits)', () => {
    expect(parsePhone('0208 3855 123')).toEqual({ national: '02083855123', kind: 'landline' });
    expect(parsePhone('+84 24 3825 1234')).toEqual({ national: '02438251234', kind: 'landline' });
    expect(isMobilePhone('0912345678')).toBe(true);
    expect(isMobilePhone('02083855123')).toBe(false);
  });
});
