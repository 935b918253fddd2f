/**
 * Static assets' URLs. Kept in this one module (imported only by main.tsx) because Vite's
 * `import.meta.env` means nothing to Jest: components receive the URLs as props.
 */

/** The offline base map's folder: web/public/basemap/, copied as is into web/dist/basemap/. */
export const baseMapUrl = `${import.meta.env.BASE_URL}basemap/`;
