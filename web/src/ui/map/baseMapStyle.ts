/**
 * The offline base map's colours, chosen to stay behind the objects' kind colours
 * (objects/model/objectStyle.ts): pale land, a clear blue for water, borders in grey (violet
 * would read as a railway), a county border darker and wider than a municipality's dashed one,
 * and a neutral grey outside the area the map has data for.
 */
export const BASE_MAP_COLORS = {
  water: '#aad3ee',
  shore: '#6f9fc4',
  river: '#7fb2dc',
  land: '#f4f1e8',
  national: '#5d6167',
  county: '#7b8188',
  municipality: '#a9afb5',
  noData: '#e2e4e6',
} as const;
