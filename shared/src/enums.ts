/** Domain enums shared by server (GraphQL enums, DB columns) and web (filters, legend, forms). */

export const ORGANIZATION_KINDS = ['COMPANY', 'MUNICIPALITY', 'REGION', 'PORT_OR_TERMINAL_OPERATOR', 'AUTHORITY', 'CHAMBER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const OBJECT_KINDS = [
  'PORT',
  'RAIL_SEGMENT',
  'ROAD',
  'TERMINAL',
  'AIRPORT',
  'BRIDGE',
  'LEVEL_CROSSING',
  'WATERWAY',
  'OTHER',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

export const TRANSPORT_MODES = ['ROAD', 'RAIL', 'SEA', 'AIR'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export const REPORT_CATEGORIES = [
  'CAPACITY',
  'SAFETY',
  'CONDITION',
  'ACCESSIBILITY',
  'MISSING_LINK',
  'REGULATION',
  'RESILIENCE',
  'ENVIRONMENT',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const GEOMETRY_TYPES = ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon'] as const;
export type GeometryType = (typeof GEOMETRY_TYPES)[number];
