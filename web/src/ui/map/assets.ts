/**
 * Static assets resolved by Vite. Kept in this one module (imported only by main.tsx) because
 * `?url` imports mean nothing to Jest: components receive the URLs as props.
 */
import countriesUrl from 'world-atlas/countries-50m.json?url';

export const outlinesUrl: string = countriesUrl;
