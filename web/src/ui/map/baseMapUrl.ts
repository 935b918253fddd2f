import { createContext, useContext } from 'react';

/**
 * The offline base map's folder (ui/map/assets.ts, read once in main.tsx), for maps deep in a
 * page (a meeting's live map) that the app's routes do not hand it to as a prop.
 */
const BaseMapUrlContext = createContext<string>('/basemap/');

export const BaseMapUrlProvider = BaseMapUrlContext.Provider;

export function useBaseMapUrl(): string {
  return useContext(BaseMapUrlContext);
}
