/** Errors in a row, with no tile loaded between them, that mean the tile server is out of reach. */
export const FAILED_TILES_IN_A_ROW = 4;

export interface TileHealth {
  loaded: () => void;
  failed: () => void;
}

/**
 * Tells when the online tiles are unreachable: several tile errors in a row with no tile loaded
 * in between (one missing tile at sea is no reason to leave the online map). Calls `onUnreachable` once.
 */
export function tileHealth(onUnreachable: () => void, limit = FAILED_TILES_IN_A_ROW): TileHealth {
  let errors = 0;
  let told = false;
  return {
    loaded: () => {
      errors = 0;
    },
    failed: () => {
      errors += 1;
      if (errors >= limit && !told) {
        told = true;
        onUnreachable();
      }
    },
  };
}
