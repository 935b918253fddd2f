/**
 * Code that is faster than the plain way but leans on something a library does not promise, or
 * that only pays off under load. Each one can be turned off (PERFORMANCE_CHOICES) and the whole
 * server suite passes without them (`npm run test:plain`); docs/architecture.md says what each buys.
 */
export const PERFORMANCE_CHOICES = [
  /** Queries run compiled by graphql-jit (common/graphql/compiled-queries.ts). */
  'compiled-queries',
  /** Nest's per-field property readers dropped from the schema (common/graphql/plain-fields.ts). */
  'plain-fields',
  /** V8's old generation grows to twice the live heap instead of four times (main.ts). */
  'heap-growth',
] as const;
export type PerformanceChoice = (typeof PERFORMANCE_CHOICES)[number];

export type PerformanceChoices = Readonly<Record<PerformanceChoice, boolean>>;

/** `all`, `none`, or a comma list of the choices to turn on; null when the text is none of these. */
export function parsePerformanceChoices(text: string): PerformanceChoices | null {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const on = (choice: PerformanceChoice) => names.includes('all') || names.includes(choice);
  const known = new Set<string>([...PERFORMANCE_CHOICES, 'all', 'none']);
  if (names.length === 0 || names.some((name) => !known.has(name))) return null;
  if (names.includes('none') && names.length > 1) return null;
  return Object.fromEntries(PERFORMANCE_CHOICES.map((choice) => [choice, on(choice)])) as Record<PerformanceChoice, boolean>;
}
