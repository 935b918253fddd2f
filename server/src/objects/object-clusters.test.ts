import { clusterCellDegrees } from './object-clusters';

it('keeps the same cluster grid while the view moves north or south within a latitude band', () => {
  expect(clusterCellDegrees(8, 58.6)).toEqual(clusterCellDegrees(8, 61.2));
  expect(clusterCellDegrees(8, 59.9).lat).toBeCloseTo(clusterCellDegrees(8, 60).lat, 12);
});

it('makes cells about square on screen: shorter in latitude further north, halving with each zoom step', () => {
  const south = clusterCellDegrees(8, 55);
  const north = clusterCellDegrees(8, 68);
  expect(north.lng).toBe(south.lng);
  expect(north.lat).toBeLessThan(south.lat);
  expect(clusterCellDegrees(9, 60).lng).toBe(clusterCellDegrees(8, 60).lng / 2);
  // Within about 10 % of the exact height for the view's own latitude, up to the north of Sweden.
  for (const latitude of [55.5, 57.4, 62.6, 67.4]) {
    const exact = clusterCellDegrees(8, 0).lng * Math.cos((latitude * Math.PI) / 180);
    expect(Math.abs(clusterCellDegrees(8, latitude).lat / exact - 1)).toBeLessThan(0.11);
  }
});
