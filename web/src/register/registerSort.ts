import type { ObjectSortField, SortDirection } from '../gql/graphql';

export interface RegisterSort {
  field: ObjectSortField;
  direction: SortDirection;
}

export const DEFAULT_SORT: RegisterSort = { field: 'NAME', direction: 'ASC' };

/** The table's columns that sort, in the order shown, with the direction a first click gives. */
export const SORT_COLUMNS: { field: ObjectSortField; firstDirection: SortDirection; numeric?: boolean }[] = [
  { field: 'NAME', firstDirection: 'ASC' },
  { field: 'KIND', firstDirection: 'ASC' },
  { field: 'MUNICIPALITY', firstDirection: 'ASC' },
  { field: 'STATUS', firstDirection: 'ASC' },
  { field: 'PLANNING_STAGE', firstDirection: 'ASC' },
  // Figures and activity: the largest (the newest) first is what people look for.
  { field: 'ORGANIZATIONS', firstDirection: 'DESC', numeric: true },
  { field: 'HOURS', firstDirection: 'DESC', numeric: true },
  { field: 'SEK', firstDirection: 'DESC', numeric: true },
  { field: 'TONNES', firstDirection: 'DESC', numeric: true },
  { field: 'LAST_ACTIVITY', firstDirection: 'DESC' },
  { field: 'SCORE', firstDirection: 'DESC', numeric: true },
];

/** The order a click on a column's header asks for: the other direction on the current column, else its first one. */
export function nextSort(current: RegisterSort, field: ObjectSortField): RegisterSort {
  if (current.field === field) return { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' };
  const column = SORT_COLUMNS.find((c) => c.field === field);
  return { field, direction: column?.firstDirection ?? 'ASC' };
}

/** The order in the URL (`?sort=SEK&dir=DESC`), so a link reproduces the table; the default without. */
export function parseSort(params: URLSearchParams): RegisterSort {
  const field = SORT_COLUMNS.find((c) => c.field === params.get('sort')?.toUpperCase())?.field;
  if (!field) return DEFAULT_SORT;
  const direction = params.get('dir')?.toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  return { field, direction };
}

export function writeSort(params: URLSearchParams, sort: RegisterSort): URLSearchParams {
  const next = new URLSearchParams(params);
  if (sort.field === DEFAULT_SORT.field && sort.direction === DEFAULT_SORT.direction) {
    next.delete('sort');
    next.delete('dir');
  } else {
    next.set('sort', sort.field);
    next.set('dir', sort.direction);
  }
  return next;
}
