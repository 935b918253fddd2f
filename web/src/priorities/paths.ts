/** The arena's priority list: public, with the map. */
export const PRIORITIES_PATH = '/prioriteringar';
/** The embeddable widget (framed by other sites; the server allows framing under /inbaddning/ only). */
export const EMBED_PATH = '/inbaddning/prioriteringar';
