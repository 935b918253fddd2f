import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../ui/format/numbers';
import { describeImportError, type PreviewRow } from './importModel';

/** Rows shown at a time: a file of 50,000 rows would make a page no browser scrolls well. */
const PAGE = 100;

/** Every row of the file as it will be imported, with its errors (field and message) where it has any. */
export function ImportPreviewTable({ rows }: { rows: PreviewRow[] }) {
  const { t, i18n } = useTranslation();
  const withErrors = rows.filter((r) => r.errors.length > 0);
  const [onlyErrors, setOnlyErrors] = useState(withErrors.length > 0);
  const [shown, setShown] = useState(PAGE);
  const list = onlyErrors ? withErrors : rows;
  const coordinate = (n: number) => formatNumber(n, i18n.language, 5);
  return (
    <div className="transfer-preview">
      {withErrors.length > 0 && (
        <label className="transfer-preview__filter">
          <input
            type="checkbox"
            checked={onlyErrors}
            onChange={(e) => {
              setOnlyErrors(e.target.checked);
              setShown(PAGE);
            }}
          />{' '}
          {t('transfer.onlyErrors', { count: withErrors.length })}
        </label>
      )}
      <table className="transfer-preview__table">
        <caption className="visually-hidden">{t('transfer.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transfer.column.row')}</th>
            <th scope="col">{t('transfer.column.name')}</th>
            <th scope="col">{t('transfer.column.kind')}</th>
            <th scope="col">{t('transfer.column.place')}</th>
            <th scope="col">{t('transfer.column.errors')}</th>
          </tr>
        </thead>
        <tbody>
          {list.slice(0, shown).map((row) => (
            <tr key={row.row} className={row.errors.length ? 'transfer-preview__row--invalid' : undefined}>
              <th scope="row">{row.row}</th>
              <td>{row.name}</td>
              <td>{row.kind ? t(`kinds.${row.kind}`, { defaultValue: row.kind }) : ''}</td>
              <td>
                {row.position
                  ? `${coordinate(row.position[1])} N, ${coordinate(row.position[0])} E${row.geometryType !== 'Point' ? ` (${row.geometryType})` : ''}`
                  : ''}
              </td>
              <td>
                {row.errors.length === 0 ? (
                  <span className="muted">{t('transfer.rowOk')}</span>
                ) : (
                  <ul className="transfer-preview__errors">
                    {row.errors.map((error, i) => (
                      <li key={i}>
                        <strong>{t(`transfer.field.${error.field.split('.')[0]}`, { defaultValue: error.field })}:</strong>{' '}
                        {describeImportError(t, error)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.length > shown && (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
            {t('transfer.showMore', { count: list.length - shown })}
          </button>
        </div>
      )}
    </div>
  );
}
