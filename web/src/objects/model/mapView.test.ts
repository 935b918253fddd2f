import { clampBbox, EMPTY_FILTERS, parseMapView, writeMapView } from './mapView';

describe('map view in the URL', () => {
  it('reads position, filters and selection, ignoring unknown values', () => {
    const view = parseMapView(new URLSearchParams('lat=59.6&lng=16.53&z=9&kinds=ROAD,PORT,NOPE&q=hamn&object=abc'));
    expect(view.position).toEqual({ lat: 59.6, lng: 16.53, zoom: 9 });
    expect(view.filters.kinds).toEqual(['PORT', 'ROAD']);
    expect(view.filters.search).toBe('hamn');
    expect(view.selectedId).toBe('abc');
  });

  it('has no position when a part is missing or out of range', () => {
    expect(parseMapView(new URLSearchParams('lat=99&lng=16&z=9')).position).toBeUndefined();
    expect(parseMapView(new URLSearchParams('lng=16&z=9')).position).toBeUndefined();
  });

  it('writes a round trip and removes empty filters', () => {
    const params = writeMapView(new URLSearchParams('kinds=PORT&other=1'), {
      position: { lat: 59.123456789, lng: 16.5, zoom: 8 },
      filters: { ...EMPTY_FILTERS, statuses: ['REPORTED'] },
      selectedId: undefined,
    });
    expect(params.get('lat')).toBe('59.12346');
    expect(params.get('kinds')).toBeNull();
    expect(params.get('statuses')).toBe('REPORTED');
    expect(params.get('other')).toBe('1');
  });

  it('clamps a wrapped bbox into WGS84', () => {
    expect(clampBbox([-200, -95, 190, 80.123456])).toEqual([-180, -90, 180, 80.12346]);
  });
});
