import { boundingBox, geometrySchema, MAX_GEOMETRY_VERTICES } from './geometry';
import { validate } from './validation';

const codes = (input: unknown) => {
  const result = validate(geometrySchema, input);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe('geometrySchema', () => {
  it('accepts every allowed GeoJSON type and drops altitude', () => {
    const ring = [
      [16, 59],
      [16.1, 59],
      [16.1, 59.1],
      [16, 59],
    ];
    for (const g of [
      { type: 'Point', coordinates: [16.5, 59.6] },
      {
        type: 'LineString',
        coordinates: [
          [16, 59],
          [16.1, 59.1],
        ],
      },
      { type: 'Polygon', coordinates: [ring] },
      { type: 'MultiPoint', coordinates: [[16, 59]] },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [16, 59],
            [16.1, 59.1],
          ],
        ],
      },
      { type: 'MultiPolygon', coordinates: [[ring]] },
    ]) {
      expect(codes(g)).toEqual([]);
    }
    const withAltitude = validate(geometrySchema, { type: 'Point', coordinates: [16, 59, 120] });
    expect(withAltitude).toEqual({ ok: true, value: { type: 'Point', coordinates: [16, 59] } });
  });

  it('names what is wrong and where', () => {
    expect(codes({ type: 'Point', coordinates: [181, 59] })).toEqual(['coordinates.0:longitudeOutOfRange']);
    expect(codes({ type: 'Point', coordinates: [16, 91] })).toEqual(['coordinates.1:latitudeOutOfRange']);
    expect(
      codes({
        type: 'Polygon',
        coordinates: [
          [
            [16, 59],
            [16.1, 59],
            [16.1, 59.1],
            [16.2, 59],
          ],
        ],
      }),
    ).toEqual(['coordinates.0:ringNotClosed']);
    expect(
      codes({
        type: 'Polygon',
        coordinates: [
          [
            [16, 59],
            [16.1, 59],
            [16, 59],
          ],
        ],
      }),
    ).toEqual(['coordinates.0:ringTooShort']);
    expect(codes({ type: 'LineString', coordinates: [[16, 59]] })).toEqual(['coordinates:lineTooShort']);
    expect(codes({ type: 'GeometryCollection', geometries: [] })).toEqual(['type:geometryTypeNotAllowed']);
    expect(codes(null)).toEqual([':geometryTypeNotAllowed']);
  });

  it('refuses more than the vertex limit before looking deeper', () => {
    const line = { type: 'LineString', coordinates: Array.from({ length: MAX_GEOMETRY_VERTICES + 1 }, (_, i) => [16 + i * 1e-5, 59]) };
    expect(codes(line)).toEqual([':tooManyVertices']);
    line.coordinates.pop();
    expect(codes(line)).toEqual([]);
  });
});

it('boundingBox spans every position of every part', () => {
  expect(
    boundingBox({
      type: 'MultiLineString',
      coordinates: [
        [
          [16, 59],
          [16.5, 59.2],
        ],
        [
          [15.9, 59.1],
          [16.2, 59.4],
        ],
      ],
    }),
  ).toEqual({
    minLng: 15.9,
    minLat: 59,
    maxLng: 16.5,
    maxLat: 59.4,
  });
});
