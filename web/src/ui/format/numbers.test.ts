import { formatSek, parseDecimal } from './numbers';

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers', () => {
  it('parses Swedish decimal commas and spaced thousands', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('1 250 000')).toBe(1250000);
    expect(parseDecimal('1\u00a0250,25')).toBe(1250.25);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('abc')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
  });

  it('formats kronor the Swedish way', () => {
    expect(spaces(formatSek(1250000))).toBe('1 250 000 kr');
  });
});
