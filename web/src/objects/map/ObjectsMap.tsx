import 'leaflet/dist/leaflet.css';
import '../../ui/map/leafletSetup';
import './map.css';

import type { Geometry } from '@flaskhals/shared';
import type { Map as LeafletMap } from 'leaflet';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, ScaleControl } from 'react-leaflet';

import { BaseLayers, type BaseMapConfig } from '../../ui/map/BaseLayers';
import type { MapObject, ObjectCluster } from '../model/mapObject';
import type { MapPosition } from '../model/mapView';
import { ClustersLayer } from './ClustersLayer';
import { Legend } from './Legend';
import { type MapViewChange, MapViewEvents } from './MapViewEvents';
import { ObjectsLayer } from './ObjectsLayer';
import { SelectedOutline } from './SelectedOutline';

export interface ObjectsMapProps {
  baseMap: BaseMapConfig;
  /** Where the map opens; later changes move it only when they come from outside (Back, links). */
  position: MapPosition;
  objects: readonly MapObject[];
  /** When set (too many objects in view), drawn instead of the objects. */
  clusters?: readonly ObjectCluster[];
  loading: boolean;
  selectedId: string | undefined;
  /** The selected object's geometry, drawn even when it is not among `objects`. */
  selectedGeometry: Geometry | undefined;
  selectable: boolean;
  onSelect: (id: string) => void;
  onViewChange: (change: MapViewChange) => void;
  onMapReady: (map: LeafletMap | null) => void;
  /** Extra map layers, e.g. the drawing tool of the report flow. */
  children?: ReactNode;
}

export function ObjectsMap(props: ObjectsMapProps) {
  const { t } = useTranslation();
  // MapContainer reads its props once: keep the opening view stable across re-renders.
  const [initial] = useState(props.position);
  // Big answers are drawn over a few frames: the map is busy until the last of them is drawn.
  const [drawing, setDrawing] = useState(false);
  const selectedInView = !props.clusters && props.selectedId !== undefined && props.objects.some((o) => o.id === props.selectedId);
  return (
    <div className="map-area" role="region" aria-label={t('map.label')}>
      <MapContainer
        className="map"
        center={[initial.lat, initial.lng]}
        zoom={initial.zoom}
        minZoom={3}
        maxZoom={18}
        worldCopyJump
        zoomControl={false}
        ref={props.onMapReady}
      >
        <BaseLayers {...props.baseMap} />
        <ScaleControl position="bottomright" imperial={false} />
        <MapViewEvents position={props.position} onViewChange={props.onViewChange} />
        {props.clusters ? (
          <ClustersLayer clusters={props.clusters} onDrawingChange={setDrawing} />
        ) : (
          <ObjectsLayer
            objects={props.objects}
            selectedId={props.selectedId}
            onSelect={props.onSelect}
            selectable={props.selectable}
            onDrawingChange={setDrawing}
          />
        )}
        {props.selectedGeometry && !selectedInView && <SelectedOutline geometry={props.selectedGeometry} />}
        {props.children}
      </MapContainer>
      {(props.loading || drawing) && (
        <div className="map-busy" role="status">
          {t('map.loadingObjects')}
        </div>
      )}
      {props.clusters && (
        <div className="map-hint" role="note">
          {t('map.clusteredHint')}
        </div>
      )}
      <Legend />
    </div>
  );
}
