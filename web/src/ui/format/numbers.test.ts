import { formatNumber, formatSek, parseDecimal } from './numbers';

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

  it('formats numbers per language with one formatter per language and precision', () => {
    const made = jest.spyOn(Intl, 'NumberFormat');
    try {
      const counts = Array.from({ length: 200 }, (_, i) => formatNumber(1000 + i, 'sv', 0));
      expect(spaces(counts[0])).toBe('1 000');
      expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6');
      expect(formatNumber(1234.56, 'sv', 1).replace(/\s/g, ' ')).toMatch(/^1.234,6$/);
      expect(spaces(formatNumber(12000, 'en-US', 0))).toBe('12,000');
      // sv|0, en|1, sv|1, en|0: four formatters for 203 numbers.
      expect(made.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      made.mockRestore();
    }
  });
});
