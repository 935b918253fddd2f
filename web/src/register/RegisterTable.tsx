import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ObjectSortField, RegisterQuery } from '../gql/graphql';
import { StatusBadge } from '../ui/badges/StatusBadge';
import { formatDate, formatNumber } from '../ui/format/numbers';
import { type RegisterSort, SORT_COLUMNS } from './registerSort';

export type RegisterRow = RegisterQuery['objects']['edges'][number]['node'];

interface RegisterTableProps {
  rows: RegisterRow[];
  sort: RegisterSort;
  onSort: (field: ObjectSortField) => void;
  /** Where an object's name leads: its detail on the map, with the table's filters. */
  objectHref: (id: string) => string;
  /** Staff: rows can be chosen for a bulk action. */
  selection?: { selected: ReadonlySet<string>; onToggle: (id: string) => void; onToggleAll: () => void };
}

/**
 * The register as a table: one row per object, a button in each column's header that sorts by it
 * (the header's aria-sort tells screen readers the order), figures in the reader's number format.
 */
export function RegisterTable({ rows, sort, onSort, objectHref, selection }: RegisterTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const allSelected = selection !== undefined && rows.length > 0 && rows.every((r) => selection.selected.has(r.id));
  const columnName = (field: ObjectSortField) => t(`register.columns.${field}`);
  const figure = (value: number, digits: number) => formatNumber(value, language, digits);
  return (
    <div className="register__scroll">
      <table className="register__table">
        <caption className="visually-hidden">
          {t('register.caption', {
            column: columnName(sort.field),
            direction: t(sort.direction === 'ASC' ? 'register.ascending' : 'register.descending'),
          })}
        </caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="register__check">
                <input
                  type="checkbox"
                  aria-label={t('register.selectAll', { count: rows.length })}
                  checked={allSelected}
                  onChange={selection.onToggleAll}
                />
              </th>
            )}
            {SORT_COLUMNS.map(({ field, numeric }) => {
              const current = sort.field === field;
              return (
                <th
                  key={field}
                  scope="col"
                  className={numeric ? 'register__number' : undefined}
                  aria-sort={current ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className="register__sort" onClick={() => onSort(field)}>
                    {columnName(field)}
                    <span className="register__arrow" aria-hidden="true">
                      {current ? (sort.direction === 'ASC' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {selection && (
                <td className="register__check">
                  <input
                    type="checkbox"
                    aria-label={t('register.select', { name: row.name })}
                    checked={selection.selected.has(row.id)}
                    onChange={() => selection.onToggle(row.id)}
                  />
                </td>
              )}
              <th scope="row" className="register__name">
                <Link to={objectHref(row.id)}>{row.name}</Link>
              </th>
              <td>{t(`kinds.${row.kind}`)}</td>
              <td className="register__municipality">
                <span title={row.municipality ?? undefined}>{row.municipality || t('register.none')}</span>
              </td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td>{t(`planningStages.${row.planningStage}`)}</td>
              <td className="register__number">{figure(row.organizationCount, 0)}</td>
              <td className="register__number">{figure(row.totalImpact.delayHoursPerWeek, 1)}</td>
              <td className="register__number">{figure(row.totalImpact.extraCostSekPerYear, 0)}</td>
              <td className="register__number">{figure(row.totalImpact.freightTonnesPerYear, 0)}</td>
              <td>{formatDate(row.updatedAt, language)}</td>
              <td className="register__number">{row.score ? formatNumber(Math.round(row.score.score * 10) / 10, language, 1) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
