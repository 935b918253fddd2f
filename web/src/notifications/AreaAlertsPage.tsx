import { type FieldError, OBJECT_KINDS, type ObjectKind, REPORT_CATEGORIES, type ReportCategory } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';

import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { describeError } from '../ui/forms/fieldErrors';
import { CheckboxGroup, SelectField, TextField } from '../ui/forms/fields';
import { useMutation, useQuery } from '../ui/graphql';
import { describeRequestFailure, fieldErrorsOf } from '../ui/graphql/errors';
import { PageFrame } from '../ui/layout/PageFrame';
import { signInPath, useSession } from '../ui/session';
import { AreaDrawMap, type Corner } from './AreaDrawMap';
import { FollowedList } from './FollowedList';
import { AlertArenaQuery, AreaAlertsQuery, CreateAreaAlertMutation, DeleteAreaAlertMutation } from './operations';

export const AREA_ALERTS_PATH = '/bevakningar';

/** /bevakningar: my area alerts in an arena, and a form to draw or name a new one. */
export function AreaAlertsPage({ baseMapUrl }: { baseMapUrl: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [slug, setSlug] = useState<string>();
  if (!me) return <Navigate to={signInPath(AREA_ALERTS_PATH)} replace />;
  const arenas = me.arenas.map((a) => a.arena);
  const current = arenas.find((a) => a.slug === slug) ?? arenas[0];
  return (
    <PageFrame title={t('notifications.alerts.title')}>
      <p>
        <Link to="/">← {t('profile.backToMap')}</Link>
      </p>
      <section className="page__card">
        <h1>{t('notifications.alerts.title')}</h1>
        <p>{t('notifications.alerts.intro')}</p>
        {!current && <p className="muted">{t('notifications.alerts.noArena')}</p>}
        {arenas.length > 1 && current && (
          <SelectField
            label={t('notifications.alerts.arena')}
            name="arena"
            value={current.slug}
            onChange={setSlug}
            placeholder=""
            options={arenas.map((a) => ({ value: a.slug, label: a.name }))}
          />
        )}
      </section>
      <FollowedList />
      {current && <ArenaAlerts key={current.id} arenaId={current.id} slug={current.slug} baseMapUrl={baseMapUrl} />}
    </PageFrame>
  );
}

function ArenaAlerts({ arenaId, slug, baseMapUrl }: { arenaId: string; slug: string; baseMapUrl: string }) {
  const { t } = useTranslation();
  const shell = useQuery(AlertArenaQuery, { slug });
  const alerts = useQuery(AreaAlertsQuery, { arenaId });
  const [create, creating] = useMutation(CreateAreaAlertMutation);
  const [remove] = useMutation(DeleteAreaAlertMutation);
  const [name, setName] = useState('');
  const [municipalities, setMunicipalities] = useState('');
  const [corners, setCorners] = useState<Corner[]>([]);
  const [closed, setClosed] = useState(false);
  const [categories, setCategories] = useState<ReportCategory[]>([]);
  const [kinds, setKinds] = useState<ObjectKind[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const errorOf = (field: string) => errors.find((e) => e.field === `input.${field}` || e.field.startsWith(`input.${field}.`));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setMessage(undefined);
    const area = closed && corners.length >= 3 ? { type: 'Polygon', coordinates: [[...corners, corners[0]]] } : null;
    try {
      await create({
        input: {
          arenaId,
          name,
          area,
          municipalities: municipalities
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean),
          categories,
          kinds,
        },
      });
      setName('');
      setMunicipalities('');
      setCorners([]);
      setClosed(false);
      setCategories([]);
      setKinds([]);
      setMessage({ ok: true, text: t('notifications.alerts.created') });
      await alerts.refetch();
    } catch (cause) {
      const fieldErrors = fieldErrorsOf(cause);
      if (fieldErrors.length) setErrors(fieldErrors);
      else setMessage({ ok: false, text: describeRequestFailure(t, cause) });
    }
  };

  const removeAlert = async (id: string, alertName: string) => {
    if (!window.confirm(t('notifications.alerts.confirmRemove', { name: alertName }))) return;
    try {
      await remove({ id });
      await alerts.refetch();
    } catch (cause) {
      setMessage({ ok: false, text: describeRequestFailure(t, cause) });
    }
  };

  const list = alerts.data?.myAreaAlerts.edges.map((e) => e.node);
  const arena = shell.data?.arena;
  return (
    <>
      <section className="page__card" aria-labelledby="alerts-list-title">
        <h2 id="alerts-list-title">{t('notifications.alerts.list')}</h2>
        {!list && alerts.loading && <p className="muted">{t('app.loading')}</p>}
        {!list && alerts.error && (
          <div className="notice notice--error" role="alert">
            <p>{t('app.loadError')}</p>
            <button type="button" className="button" onClick={() => void alerts.refetch()}>
              {t('app.retry')}
            </button>
          </div>
        )}
        {list?.length === 0 && <p className="muted">{t('notifications.alerts.none')}</p>}
        {list && list.length > 0 && (
          <ul className="area-alerts">
            {list.map((alert) => (
              <li key={alert.id}>
                <strong>{alert.name}</strong>
                <span className="muted">
                  {[alert.area ? t('notifications.alerts.area') : null, ...alert.municipalities].filter(Boolean).join(', ')}
                  {alert.categories.length > 0 && ` · ${alert.categories.map((c) => t(`categories.${c}`)).join(', ')}`}
                  {alert.kinds.length > 0 && ` · ${alert.kinds.map((k) => t(`kinds.${k}`)).join(', ')}`}
                </span>
                <button type="button" className="button button--small" onClick={() => void removeAlert(alert.id, alert.name)}>
                  {t('notifications.alerts.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <form className="page__card area-alert-form" onSubmit={(e) => void submit(e)} noValidate>
        <h2>{t('notifications.alerts.create')}</h2>
        <ErrorSummary visible={errors.length > 0} unplaced={[]} />
        <TextField label={t('notifications.alerts.name')} name="name" value={name} onChange={setName} error={errorOf('name')} />
        <TextField
          label={t('notifications.alerts.municipalities')}
          name="municipalities"
          hint={t('notifications.alerts.municipalitiesHint')}
          value={municipalities}
          onChange={(value) => {
            setMunicipalities(value);
            setErrors((list) => list.filter((e) => !e.field.startsWith('input.area')));
          }}
          optional
          error={errorOf('municipalities')}
        />
        <fieldset className="area-alert-form__area">
          <legend className="field__label">{t('notifications.alerts.draw')}</legend>
          <p className="field__hint">{t('notifications.alerts.drawHint')}</p>
          {arena && shell.data && (
            <AreaDrawMap
              center={arena.mapCenter as [number, number]}
              zoom={arena.mapZoom}
              tileUrl={shell.data.appConfig.tileUrl ?? null}
              tileAttribution={shell.data.appConfig.tileAttribution ?? null}
              baseMapUrl={baseMapUrl}
              corners={corners}
              closed={closed}
              onAdd={(corner) => {
                setCorners((c) => [...c, corner]);
                setErrors((list) => list.filter((e) => !e.field.startsWith('input.area')));
              }}
              onClose={() => setClosed(true)}
            />
          )}
          <p className="area-alert-form__area-state" role="status">
            {corners.length > 0 && t('notifications.alerts.areaDrawn', { count: corners.length })}
          </p>
          {!closed && corners.length >= 3 && (
            <button type="button" className="button button--small" onClick={() => setClosed(true)}>
              {t('notifications.alerts.done')}
            </button>
          )}
          {corners.length > 0 && (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setCorners([]);
                setClosed(false);
              }}
            >
              {t('notifications.alerts.clearArea')}
            </button>
          )}
          {errorOf('area') && (
            <p className="field__error" role="alert">
              {describeError(t, errorOf('area')!)}
            </p>
          )}
        </fieldset>
        <CheckboxGroup
          legend={t('notifications.alerts.categories')}
          name="categories"
          compact
          options={REPORT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
          selected={categories}
          onChange={setCategories}
        />
        <CheckboxGroup
          legend={t('notifications.alerts.kinds')}
          name="kinds"
          compact
          options={OBJECT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          selected={kinds}
          onChange={setKinds}
        />
        {message && (
          <p className={message.ok ? 'notice notice--success' : 'notice notice--error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={creating.fetching}>
            {creating.fetching ? t('notifications.alerts.creating') : t('notifications.alerts.create')}
          </button>
        </div>
      </form>
    </>
  );
}
