import { can, VIEW_MODES, type ViewMode } from '@flaskhals/shared';
import type { Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { shareMapWithFacts } from './facts';
import type { AppShellQuery } from './gql/graphql';
import { FeedLink } from './notifications';
import {
  FilterPanel,
  isGeometry,
  type MapViewChange,
  ObjectDetailPanel,
  ObjectList,
  ObjectsMap,
  useMapViewState,
  useObjectDetail,
  useObjectsInView,
  type Viewer,
} from './objects';
import { ViewSwitch } from './register';
import { draftGeometryOf, drawingShapeOf, DrawOnMap, ReportFlowPanel, type ReportFlowStep } from './reports';
import { MODE_PARAM, SavedViewsMenu } from './saved-views';
import { SearchResults } from './search';
import { ExportMenu } from './transfer';
import { AppHeader } from './ui/layout/AppHeader';
import { signInPath, useSession } from './ui/session';

type Arena = NonNullable<AppShellQuery['arena']>;

interface MapPageProps {
  arena: Arena;
  appConfig: AppShellQuery['appConfig'];
  baseMapUrl: string;
}

/**
 * The arena's map: objects in view beside it, their detail, and the report flow. What is offered
 * follows the user's role in the arena (the server checks again): visitors see what the arena
 * published and are asked to sign in to report; observers read; members report and support.
 */
export function MapPage({ arena, appConfig, baseMapUrl }: MapPageProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const view = useMapViewState();
  const [bbox, setBbox] = useState<number[]>();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [flow, setFlow] = useState<ReportFlowStep | null>(null);
  useEffect(() => shareMapWithFacts(map), [map]);

  const [lng, lat] = arena.mapCenter;
  const position = view.position ?? { lat, lng, zoom: arena.mapZoom };
  const detail = useObjectDetail(view.selectedId);
  const { refetch: refetchDetail } = detail;
  const selectedId = view.selectedId;
  // The open detail reads again when its object changes (its reports and figures, not only totals).
  const onObjectChanged = useCallback((objectId: string) => objectId === selectedId && void refetchDetail(), [selectedId, refetchDetail]);
  // The search box searches the whole arena (search/): the map and its list keep the view's objects.
  const searching = view.filters.search !== '';
  const viewFilters = useMemo(() => ({ ...view.filters, search: '' }), [view.filters]);
  const objects = useObjectsInView(arena.id, viewFilters, bbox, position.zoom, onObjectChanged);
  const modeParam = new URLSearchParams(location.search).get(MODE_PARAM);
  const mode = VIEW_MODES.find((m) => m === modeParam) ?? null;
  const role = arena.myRole ?? null;
  const mayReport = can(role, 'report') && me !== null;
  const viewer: Viewer = useMemo(
    () => ({ role, organizationId: role ? (me?.organization.id ?? null) : null, organizationName: me?.organization.name ?? null }),
    [role, me],
  );
  const here = location.pathname + location.search;

  const { setPosition, select } = view;
  const onViewChange = useCallback(
    (change: MapViewChange) => {
      setBbox(change.bbox);
      setPosition(change.position);
    },
    [setPosition],
  );

  const selectedGeometry = useMemo(() => {
    const object = detail.data?.object;
    return object && object.id === view.selectedId && isGeometry(object.geometry) ? object.geometry : undefined;
  }, [detail.data, view.selectedId]);

  const showOnMap = (box: number[]) => {
    if (!map || box.length !== 4) return;
    map.fitBounds(
      [
        [box[1], box[0]],
        [box[3], box[2]],
      ],
      { maxZoom: 13, padding: [48, 48] },
    );
  };

  const onReported = async (objectId: string) => {
    await objects.refetch();
    setFlow(null);
    select(objectId);
  };

  const panelKey = flow ? `flow:${flow.step}` : view.selectedId ? `detail:${view.selectedId}` : 'list';
  usePanelFocus(panelKey);

  useEffect(() => {
    const name = detail.data?.object?.id === view.selectedId ? detail.data?.object?.name : undefined;
    document.title = [name, arena.name, t('app.name')].filter(Boolean).join(' · ');
  }, [detail.data, view.selectedId, arena.name, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {t('app.skipToList')}
      </a>
      <AppHeader
        arenaName={arena.name}
        arenaSlug={arena.slug}
        actions={
          mayReport ? (
            <button
              type="button"
              className="button button--primary"
              aria-pressed={flow !== null}
              onClick={() => setFlow(flow ? null : { step: 'shape' })}
            >
              {t('header.report')}
            </button>
          ) : me === null ? (
            <Link className="button button--primary sign-in-to-report" to={signInPath(here)}>
              {t('header.signInToReport')}
            </Link>
          ) : null
        }
      />
      <main className="app-main">
        <aside id="panel" className="panel" aria-label={t('list.title')}>
          {flow && mayReport ? (
            <ReportFlowPanel
              flow={flow}
              onFlowChange={setFlow}
              arenaId={arena.id}
              map={map}
              organizationName={me?.organization.name ?? ''}
              onReported={onReported}
              onViewObject={select}
            />
          ) : view.selectedId ? (
            <ObjectDetailPanel
              objectId={view.selectedId}
              detail={detail}
              viewer={viewer}
              onBack={() => select(undefined)}
              onShowOnMap={showOnMap}
              onReportHere={
                mayReport
                  ? (object) => setFlow({ step: 'form', target: { type: 'existing', objectId: object.id, objectName: object.name } })
                  : undefined
              }
              onChanged={() => void objects.refetch()}
              onOpenObject={select}
            />
          ) : (
            <>
              <ViewSwitch />
              <FilterPanel filters={view.filters} onChange={view.setFilters} />
              {me !== null && can(role, 'saveViews') && (
                <SavedViewsMenu arenaId={arena.id} position={position} filters={view.filters} mode={mode as ViewMode | null} />
              )}
              <ExportMenu arenaId={arena.id} filters={view.filters} bbox={bbox} />
              {!can(role, 'readMembersAudience') && (
                <p className="notice notice--info published-note" role="note">
                  {me === null ? (
                    <>
                      <span>{t('list.visitorNote')}</span> <Link to={signInPath(here)}>{t('list.visitorSignIn')}</Link>
                    </>
                  ) : (
                    <span>{t('list.noRoleNote')}</span>
                  )}
                </p>
              )}
              {searching ? (
                <SearchResults
                  arenaId={arena.id}
                  filters={view.filters}
                  selectedId={view.selectedId}
                  onOpen={(object) => {
                    select(object.id);
                    showOnMap(object.bbox);
                  }}
                  onPlace={showOnMap}
                  onClear={() => view.setFilters({ ...view.filters, search: '' })}
                />
              ) : (
                <ObjectList
                  objects={objects.inView?.objects}
                  totalCount={objects.inView?.totalCount}
                  loading={objects.loading}
                  error={Boolean(objects.error)}
                  selectedId={view.selectedId}
                  onSelect={select}
                  onRetry={() => void objects.refetch()}
                  serverPaged={objects.clustered ? { onShowMore: objects.showMore } : undefined}
                />
              )}
              <FeedLink arenaSlug={arena.slug} />
            </>
          )}
        </aside>
        <ObjectsMap
          baseMap={{ tileUrl: appConfig.tileUrl ?? null, tileAttribution: appConfig.tileAttribution ?? null, baseMapUrl }}
          position={position}
          objects={objects.inView?.objects ?? []}
          clusters={objects.clustered ? objects.clusters : undefined}
          loading={objects.loading && Boolean(bbox)}
          selectedId={view.selectedId}
          selectedGeometry={selectedGeometry}
          selectable={drawingShapeOf(flow) === undefined}
          onSelect={select}
          onViewChange={onViewChange}
          onMapReady={setMap}
        >
          <DrawOnMap
            shape={drawingShapeOf(flow)}
            draft={draftGeometryOf(flow)}
            onDrawn={(geometry) => flow?.step === 'draw' && setFlow({ step: 'nearby', shape: flow.shape, geometry })}
          />
        </ObjectsMap>
      </main>
    </div>
  );
}

/**
 * When the panel changes what it shows, a keyboard user whose focused button just vanished
 * lands on the new heading instead of the top of the page.
 */
function usePanelFocus(key: string) {
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    const heading = document.querySelector<HTMLElement>('#panel .panel__title, #panel .list-status');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [key]);
}
