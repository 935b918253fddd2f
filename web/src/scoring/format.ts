import { formatNumber } from '../ui/format/numbers';

/** A score as people read it: one decimal, "3,4" in Swedish. */
export function formatScore(value: number, language: string): string {
  return formatNumber(Math.round(value * 10) / 10, language, 1);
}
