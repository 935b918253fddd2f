import { unwrapLongitudes, unwrapRing } from './unwrapLongitudes';

describe('unwrapLongitudes', () => {
  it('keeps a ring that crosses the antimeridian continuous instead of jumping across the world', () => {
    // Chukotka-like: from 170° east over 180° to 170° west and back.
    const ring = [
      [170, 65],
      [179.5, 66],
      [-179.5, 66],
      [-170, 65],
      [-179.5, 64],
      [179.5, 64],
      [170, 65],
    ];
    const unwrapped = unwrapRing(ring);
    expect(unwrapped.map((p) => p[0])).toEqual([170, 179.5, 180.5, 190, 180.5, 179.5, 170]);
    for (let i = 1; i < unwrapped.length; i++) expect(Math.abs(unwrapped[i][0] - unwrapped[i - 1][0])).toBeLessThan(180);
  });

  it('leaves rings that do not cross it alone, and unwraps every ring of a feature collection', () => {
    const sweden = [
      [11, 55],
      [24, 55],
      [24, 69],
      [11, 69],
      [11, 55],
    ];
    expect(unwrapRing(sweden)).toEqual(sweden);
    const collection = unwrapLongitudes({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [sweden] } },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [178, 60],
                  [-178, 60],
                  [-178, 62],
                  [178, 62],
                  [178, 60],
                ],
              ],
            ],
          },
        },
      ],
    });
    expect(collection.features[0].geometry).toEqual({ type: 'Polygon', coordinates: [sweden] });
    expect((collection.features[1].geometry as GeoJSON.MultiPolygon).coordinates[0][0].map((p) => p[0])).toEqual([178, 182, 182, 178, 178]);
  });
});
