import { widthEm } from '@/lib/text-width';

describe('rough text widths', () => {
  it('counts CJK characters a full em and digits about half', () => {
    expect(widthEm('人次')).toBe(2);
    expect(widthEm('4,308')).toBeGreaterThan(2);
    expect(widthEm('4,308')).toBeLessThan(3);
  });

  it('counts ≥ and ≤ a full em, as the CJK fonts draw them, so a bound value is not sized too large for its tile', () => {
    expect(widthEm('≥700')).toBeGreaterThanOrEqual(widthEm('中') + widthEm('700'));
    expect(widthEm('≤5')).toBeGreaterThanOrEqual(widthEm('中') + widthEm('5'));
  });

  it('counts curly quotes and the dash a full em, as Chinese text draws them, so a quoted label is not cut off', () => {
    expect(widthEm('“一网通办”')).toBe(6);
    expect(widthEm('宜春—广州')).toBe(5);
  });
});
