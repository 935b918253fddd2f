import type { FieldError, Geometry } from '@flaskhals/shared';
import { createLeafletContext, LeafletContext } from '@react-leaflet/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DrawOnMap } from '../reports';
import { describeError } from '../ui/forms/fieldErrors';
import { useFactsMap } from './FactsMap';

const SHAPES = ['Point', 'LineString', 'Polygon'] as const;
type Shape = (typeof SHAPES)[number];

interface GeometryRedrawProps {
  /** The newly drawn geometry, or null while the object keeps its own. */
  value: Geometry | null;
  onChange: (geometry: Geometry | null) => void;
  error?: FieldError;
}

/**
 * Redrawing the object on the page's map with the report flow's drawing tool (DrawOnMap): the form
 * sits in the side panel, so the tool gets the map through a Leaflet context made here.
 */
export function GeometryRedraw({ value, onChange, error }: GeometryRedrawProps) {
  const { t } = useTranslation();
  const map = useFactsMap();
  const [shape, setShape] = useState<Shape>();
  const leaflet = useMemo(() => (map ? createLeafletContext(map) : null), [map]);

  const pointAtCenter = () => {
    if (!map) return;
    const center = map.getCenter().wrap();
    const round = (v: number) => Math.round(v * 1e6) / 1e6;
    setShape(undefined);
    onChange({ type: 'Point', coordinates: [round(center.lng), round(center.lat)] });
  };

  return (
    <fieldset className={`facts-geometry${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{t('facts.geometry')}</legend>
      <p className="field__hint">{t('facts.geometryHint')}</p>
      {!map ? (
        <p className="muted">{t('facts.noMap')}</p>
      ) : (
        <div className="facts-geometry__actions">
          {SHAPES.map((s) => (
            <button
              key={s}
              type="button"
              className="button button--small"
              aria-pressed={shape === s}
              onClick={() => setShape(shape === s ? undefined : s)}
            >
              {t('facts.redraw', { shape: t(`shapesForFacts.${s}`) })}
            </button>
          ))}
          <button type="button" className="button button--small" onClick={pointAtCenter}>
            {t('facts.pointAtCenter')}
          </button>
        </div>
      )}
      {shape && (
        <p className="notice notice--info" role="status">
          {t('facts.drawing')}{' '}
          <button type="button" className="button button--link" onClick={() => setShape(undefined)}>
            {t('facts.stopDrawing')}
          </button>
        </p>
      )}
      {value && !shape && (
        <p className="notice notice--success" role="status">
          {t('facts.newGeometry', { shape: t(`shapesForFacts.${value.type}`, { defaultValue: value.type }) })}{' '}
          <button type="button" className="button button--link" onClick={() => onChange(null)}>
            {t('facts.keepGeometry')}
          </button>
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {describeError(t, error)}
        </p>
      )}
      {leaflet && (
        <LeafletContext.Provider value={leaflet}>
          <DrawOnMap
            shape={shape}
            draft={value ?? undefined}
            onDrawn={(geometry) => {
              setShape(undefined);
              onChange(geometry);
            }}
          />
        </LeafletContext.Provider>
      )}
    </fieldset>
  );
}
