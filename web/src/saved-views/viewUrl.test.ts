import { parseMapView } from '../objects';
import { contentOf, viewSearch } from './viewUrl';

describe('a saved view as a link', () => {
  it('writes the map URL that the map reads back as the same filters, search, extent and mode', () => {
    const filters = { kinds: ['PORT', 'TERMINAL'], modes: ['RAIL'], statuses: [], categories: ['CAPACITY'], search: 'hamn' } as never;
    const content = contentOf({ lat: 59.612345678, lng: 16.54321, zoom: 10.4 }, filters, 'table');
    const search = viewSearch(content);
    const params = new URLSearchParams(search);
    expect(params.get('mode')).toBe('table');
    expect(parseMapView(params)).toEqual({
      position: { lat: 59.61235, lng: 16.54321, zoom: 10 },
      filters: { kinds: ['PORT', 'TERMINAL'], modes: ['RAIL'], statuses: [], categories: ['CAPACITY'], search: 'hamn' },
      selectedId: undefined,
    });
  });

  it('leaves out what the view does not filter', () => {
    const search = viewSearch({
      kinds: [],
      modes: [],
      statuses: [],
      categories: [],
      search: null,
      lat: 59.5,
      lng: 16,
      zoom: 8,
      mode: null,
    });
    expect(search).toBe('?lat=59.50000&lng=16.00000&z=8');
  });
});
