import type { ObjectCluster } from '../model/mapObject';

/** Where activating a cluster takes the map. */
export type ClusterZoom =
  /** Fit the cluster's bbox (with padding), zooming in by at most `maxZoom`. */
  | { kind: 'fit'; maxZoom: number }
  /** Centre on the cluster's objects at this zoom. */
  | { kind: 'centre'; center: [lat: number, lng: number]; zoom: number };

/**
 * A click on a cluster always zooms in. The server groups objects by the centre of their bbox, but a
 * cluster's bbox is the union of its objects' whole bboxes: one long road or rail line in it makes
 * the bbox as wide as the view or wider, and fitting it would keep the zoom or zoom out (the click
 * seemed lost). Then the map centres on the objects' mean centre, two steps in: the grid cell
 * (about 64 px) they lie in stays in view.
 *
 * @param fittedZoom the zoom at which the cluster's bbox fits the map with padding (Leaflet's getBoundsZoom)
 */
export function clusterZoom(cluster: ObjectCluster, zoom: number, maxZoom: number, fittedZoom: number): ClusterZoom {
  const [minLng, minLat, maxLng, maxLat] = cluster.bbox;
  // Objects at one spot cannot be spread by fitting: zoom in a few steps instead.
  if (minLng === maxLng && minLat === maxLat) return { kind: 'centre', center: [minLat, minLng], zoom: Math.min(zoom + 3, maxZoom) };
  if (fittedZoom > zoom) return { kind: 'fit', maxZoom: Math.min(zoom + 4, maxZoom) };
  return { kind: 'centre', center: [cluster.center[1], cluster.center[0]], zoom: Math.min(zoom + 2, maxZoom) };
}
