import './baseMap.css';

import { useLeafletContext } from '@react-leaflet/core';
import { useEffect } from 'react';

import { OfflineBaseMap } from './offlineBaseMap';

interface OfflineBaseMapLayerProps {
  /** URL of the folder with the base map's files (web/public/basemap/), served as static files. */
  url: string;
}

/** The offline base map as a layer of the surrounding layer control (or of the map itself). */
export function OfflineBaseMapLayer({ url }: OfflineBaseMapLayerProps) {
  const context = useLeafletContext();

  useEffect(() => {
    const layer = new OfflineBaseMap(url);
    const container = context.layerContainer ?? context.map;
    container.addLayer(layer);
    return () => {
      container.removeLayer(layer);
      layer.dispose();
    };
  }, [context, url]);

  return null;
}
