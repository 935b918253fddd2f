import { type FieldError, savedViewNameSchema, validate, type ViewMode } from '@flaskhals/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { SavedViewFieldsFragment } from '../gql/graphql';
import type { MapPosition, ObjectFilters } from '../objects';
import { errorAt } from '../ui/forms/fieldErrors';
import { TextField } from '../ui/forms/fields';
import { describeRequestFailure, fieldErrorsOf, useMutation, usePaged } from '../ui/graphql';
import { LoadError, ShowMore } from '../ui/layout/states';
import { DeleteSavedViewMutation, SavedViewsQuery, SaveViewMutation, UpdateSavedViewMutation } from './operations';
import { contentOf, viewSearch } from './viewUrl';

export interface SavedViewsMenuProps {
  arenaId: string;
  /** The map as it is now: what "Spara vyn" saves. */
  position: MapPosition;
  filters: ObjectFilters;
  mode: ViewMode | null;
}

/**
 * "Sparade vyer": the user's views and those shared with the arena, each a link to the map URL
 * that reproduces it; the current view saved under a name; rename and delete (with confirmation)
 * where the server says the user may (canEdit).
 */
export function SavedViewsMenu({ arenaId, position, filters, mode }: SavedViewsMenuProps) {
  const { t } = useTranslation();
  const views = usePaged(SavedViewsQuery, { arenaId, first: 20 }, (r) => r.savedViews);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <details className="saved-views">
      <summary>
        {t('savedViews.menu')}
        {views.loaded && views.totalCount > 0 && (
          <span className="saved-views__count">{t('savedViews.menuCount', { count: views.totalCount })}</span>
        )}
      </summary>
      <div className="saved-views__body">
        {notice && (
          <p className="notice notice--success" role="status">
            {notice}
          </p>
        )}
        {views.error && !views.loaded && <LoadError onRetry={() => void views.refetch()} />}
        {!views.loaded && !views.error && <p className="muted">{t('savedViews.loading')}</p>}
        {views.loaded && views.nodes.length === 0 && <p className="muted">{t('savedViews.empty')}</p>}
        {views.nodes.length > 0 && (
          <ul className="saved-views__list">
            {views.nodes.map((view) => (
              <SavedViewItem key={view.id} view={view} onChanged={(text) => (setNotice(text), void views.refetch())} />
            ))}
          </ul>
        )}
        <ShowMore hasMore={views.hasMore} loading={views.loadingMore} onMore={() => void views.loadMore()} />
        <SaveViewForm
          arenaId={arenaId}
          content={contentOf(position, filters, mode)}
          onSaved={(name) => (setNotice(t('savedViews.saved', { name })), void views.refetch())}
        />
      </div>
    </details>
  );
}

function SavedViewItem({ view, onChanged }: { view: SavedViewFieldsFragment; onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(view.name);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [update, updating] = useMutation(UpdateSavedViewMutation);
  const [remove, removing] = useMutation(DeleteSavedViewMutation);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(savedViewNameSchema, name);
    if (!checked.ok) return setErrors(checked.errors.map((e) => ({ ...e, field: 'name' })));
    try {
      await update({ input: { id: view.id, name: checked.value } });
      setMode('idle');
      setErrors([]);
      onChanged(t('savedViews.saved', { name: checked.value }));
    } catch (cause) {
      setErrors(fieldErrorsOf(cause).map((e) => ({ ...e, field: e.field.replace(/^input\./, '') })));
      setFailure(fieldErrorsOf(cause).length ? null : describeRequestFailure(t, cause));
    }
  };

  const confirmDelete = async () => {
    try {
      await remove({ id: view.id });
      onChanged(t('savedViews.deleted', { name: view.name }));
    } catch (cause) {
      setFailure(describeRequestFailure(t, cause));
    }
  };

  return (
    <li className="saved-view">
      <div className="saved-view__line">
        <Link
          className="saved-view__name"
          to={{ pathname: location.pathname, search: viewSearch(view.view) }}
          aria-label={t('savedViews.open', { name: view.name })}
        >
          {view.name}
        </Link>
        <span className={`badge${view.shared ? ' badge--shared' : ''}`}>
          {view.shared ? t('savedViews.shared') : t('savedViews.private')}
        </span>
        {!view.mine && <span className="muted small">{t('savedViews.by', { name: view.ownerName })}</span>}
      </div>
      {view.canEdit && mode === 'idle' && (
        <div className="saved-view__actions">
          <button type="button" className="button button--small" onClick={() => (setName(view.name), setMode('rename'))}>
            {t('savedViews.rename')}
          </button>
          <button type="button" className="button button--small button--danger" onClick={() => setMode('delete')}>
            {t('savedViews.delete')}
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <form className="saved-view__form" onSubmit={(e) => void rename(e)} noValidate>
          <TextField
            label={t('savedViews.renameLabel', { name: view.name })}
            name="name"
            value={name}
            onChange={setName}
            error={errorAt(errors, 'name')}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary button--small" disabled={updating.fetching}>
              {t('savedViews.saveName')}
            </button>
            <button type="button" className="button button--small" onClick={() => (setMode('idle'), setErrors([]))}>
              {t('savedViews.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'delete' && (
        <div
          className="notice notice--warning saved-view__confirm"
          role="alertdialog"
          aria-label={t('savedViews.confirmDelete', { name: view.name })}
        >
          <p>{t('savedViews.confirmDelete', { name: view.name })}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger button--small"
              disabled={removing.fetching}
              onClick={() => void confirmDelete()}
            >
              {t('savedViews.confirmDeleteButton')}
            </button>
            <button type="button" className="button button--small" autoFocus onClick={() => setMode('idle')}>
              {t('savedViews.cancel')}
            </button>
          </div>
        </div>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}

function SaveViewForm({
  arenaId,
  content,
  onSaved,
}: {
  arenaId: string;
  content: ReturnType<typeof contentOf>;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveViewMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const checked = validate(savedViewNameSchema, name);
    if (!checked.ok) return setErrors(checked.errors.map((e) => ({ ...e, field: 'name' })));
    try {
      await save({ input: { arenaId, name: checked.value, shared, view: content } });
      setName('');
      setShared(false);
      setErrors([]);
      onSaved(checked.value);
    } catch (cause) {
      const fieldErrors = fieldErrorsOf(cause).map((e) => ({ ...e, field: e.field.replace(/^input\./, '') }));
      setErrors(fieldErrors);
      if (!errorAt(fieldErrors, 'name')) setFailure(describeRequestFailure(t, cause));
    }
  };

  return (
    <form className="saved-views__save" onSubmit={(e) => void submit(e)} noValidate>
      <h3 className="saved-views__heading">{t('savedViews.saveTitle')}</h3>
      <TextField
        label={t('savedViews.name')}
        name="name"
        value={name}
        onChange={setName}
        placeholder={t('savedViews.namePlaceholder')}
        error={errorAt(errors, 'name')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        <span>{t('savedViews.share')}</span>
      </label>
      <p className="field__hint">{t('savedViews.shareHint')}</p>
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary button--small" disabled={saving.fetching}>
          {saving.fetching ? t('savedViews.saving') : t('savedViews.save')}
        </button>
      </div>
    </form>
  );
}
