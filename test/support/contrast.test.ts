import { composite, contrastRatio, parseColor } from './contrast';

const color = (value: string) => {
  const parsed = parseColor(value);
  if (!parsed) throw new Error(`unparsable ${value}`);
  return parsed;
};

describe('contrast maths', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio(color('#000'), color('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(color('rgb(108, 180, 255)'), color('#6cb4ff'))).toBeCloseTo(1, 5);
  });

  it('matches the WCAG reference value for #777 on white (4.48:1, just failing 4.5)', () => {
    expect(contrastRatio(color('#777777'), color('#fff'))).toBeCloseTo(4.48, 2);
  });

  it('reads the colour syntaxes browsers return', () => {
    expect(color('rgba(10, 20, 30, 0.5)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(color('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('color(display-p3 1 0 0)')).toBeUndefined();
  });

  it('blends a translucent foreground with what is under it before comparing', () => {
    expect(composite(color('rgba(255,255,255,0.5)'), color('#000'))).toMatchObject({ r: 127.5, g: 127.5, b: 127.5 });
    expect(contrastRatio(color('rgba(255,255,255,0)'), color('#000'))).toBeCloseTo(1, 5);
  });
});
