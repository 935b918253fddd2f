import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LayersControl, TileLayer, useMap, ZoomControl } from 'react-leaflet';

import { OfflineBaseMapLayer } from './OfflineBaseMapLayer';
import { type TileHealth, tileHealth } from './tileHealth';

export interface BaseMapConfig {
  /** Tile URL template; null means no online tiles (offline installations, tests). */
  tileUrl: string | null;
  tileAttribution: string | null;
  /** URL of the folder of the offline base map (web/public/basemap/). */
  baseMapUrl: string;
}

/**
 * Online tiles when configured, the offline base map always, and a control to switch. When the
 * tiles cannot be loaded (no internet, tile server down) the offline map takes over, with a notice.
 */
export function BaseLayers({ tileUrl, tileAttribution, baseMapUrl }: BaseMapConfig) {
  const { t, i18n } = useTranslation();
  const [tilesFailed, setTilesFailed] = useState(false);
  const [health] = useState<TileHealth>(() => tileHealth(() => setTilesFailed(true)));
  const online = Boolean(tileUrl) && !tilesFailed;
  return (
    // Leaflet's controls read their texts once: a new language needs new controls.
    // A new key when the tiles fail, too: the control's checked layer is only read when it is made.
    <>
      <ZoomControl key={`zoom-${i18n.language}`} position="topleft" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
      <LayersControl key={`${i18n.language}-${online}`} position="topright">
        {tileUrl && (
          <LayersControl.BaseLayer checked={online} name={t('map.onlineLayer')}>
            <TileLayer
              url={tileUrl}
              attribution={tileAttribution ?? undefined}
              maxZoom={19}
              eventHandlers={{ tileload: health.loaded, tileerror: health.failed }}
            />
          </LayersControl.BaseLayer>
        )}
        <LayersControl.BaseLayer checked={!online} name={t('map.offlineLayer')}>
          <OfflineBaseMapLayer url={baseMapUrl} />
        </LayersControl.BaseLayer>
      </LayersControl>
      <LayersToggleLabel label={t('map.layers')} />
      {tileUrl && tilesFailed && (
        <p className="basemap-notice" role="status">
          {t('map.tilesUnreachable')}
        </p>
      )}
    </>
  );
}

/** Leaflet titles the layers button "Layers" in English, whatever the page's language. */
function LayersToggleLabel({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const toggle = map.getContainer().querySelector<HTMLElement>('.leaflet-control-layers-toggle');
    if (toggle) {
      toggle.title = label;
      toggle.setAttribute('aria-label', label);
    }
  });
  return null;
}
