import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LayersControl, TileLayer, useMap, ZoomControl } from 'react-leaflet';

import { OfflineOutlineLayer } from './OfflineOutlineLayer';

export interface BaseMapConfig {
  /** Tile URL template; null means no online tiles (offline installations, tests). */
  tileUrl: string | null;
  tileAttribution: string | null;
  /** URL of the country outlines asset. */
  outlinesUrl: string;
}

/** Online tiles when configured, offline country outlines always, and a control to switch. */
export function BaseLayers({ tileUrl, tileAttribution, outlinesUrl }: BaseMapConfig) {
  const { t, i18n } = useTranslation();
  return (
    // Leaflet's controls read their texts once: a new language needs new controls.
    <>
      <ZoomControl key={`zoom-${i18n.language}`} position="topleft" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
      <LayersControl key={i18n.language} position="topright">
        {tileUrl && (
          <LayersControl.BaseLayer checked name={t('map.onlineLayer')}>
            <TileLayer url={tileUrl} attribution={tileAttribution ?? undefined} maxZoom={19} />
          </LayersControl.BaseLayer>
        )}
        <LayersControl.BaseLayer checked={!tileUrl} name={t('map.offlineLayer')}>
          <OfflineOutlineLayer url={outlinesUrl} />
        </LayersControl.BaseLayer>
      </LayersControl>
      <LayersToggleLabel label={t('map.layers')} />
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
