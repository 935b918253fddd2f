import './filters.css';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CheckboxGroup } from '../../ui/forms/fields';
import { activeFilterCount, EMPTY_FILTERS, FILTER_OPTIONS, type FilterGroup, type ObjectFilters } from '../model/mapView';

export interface FilterPanelProps {
  filters: ObjectFilters;
  onChange: (filters: ObjectFilters) => void;
  /** Typing settles for this long before the search is applied. */
  searchDelayMs?: number;
}

const GROUP_LABELS: Record<FilterGroup, { heading: string; values: string }> = {
  kinds: { heading: 'filters.kinds', values: 'kinds' },
  modes: { heading: 'filters.modes', values: 'modes' },
  statuses: { heading: 'filters.statuses', values: 'statuses' },
  categories: { heading: 'filters.categories', values: 'categories' },
};

/** Text search plus filters by kind, mode, status and category. */
export function FilterPanel({ filters, onChange, searchDelayMs = 350 }: FilterPanelProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [search, setSearch] = useState(filters.search);
  const latest = useRef(filters);
  latest.current = filters;

  // Back/forward or a link can change the search from outside.
  useEffect(() => setSearch(filters.search), [filters.search]);

  useEffect(() => {
    if (search.trim() === latest.current.search) return;
    const timer = setTimeout(() => onChange({ ...latest.current, search: search.trim() }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [search, searchDelayMs, onChange]);

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    if (search.trim() !== filters.search) onChange({ ...filters, search: search.trim() });
  };

  const active = activeFilterCount(filters);
  const groups = Object.keys(FILTER_OPTIONS) as FilterGroup[];

  return (
    <div className="filters">
      <form role="search" className="filters__search" onSubmit={submitSearch}>
        <label htmlFor={searchId} className="visually-hidden">
          {t('filters.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder={t('filters.searchPlaceholder')}
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
        />
      </form>
      <details className="filters__details">
        <summary>
          {t('filters.title')}
          {active > 0 && <span className="filters__count">{t('filters.active', { count: active })}</span>}
        </summary>
        <div className="filters__groups">
          {groups.map((group) => (
            <CheckboxGroup
              key={group}
              compact
              name={group}
              legend={t(GROUP_LABELS[group].heading)}
              options={FILTER_OPTIONS[group].map((value) => ({ value, label: t(`${GROUP_LABELS[group].values}.${value}`) }))}
              selected={filters[group] as string[]}
              onChange={(selected) => onChange({ ...filters, [group]: selected })}
            />
          ))}
        </div>
        {active > 0 && (
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              setSearch('');
              onChange(EMPTY_FILTERS);
            }}
          >
            {t('filters.clear')}
          </button>
        )}
      </details>
    </div>
  );
}
