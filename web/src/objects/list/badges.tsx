import type { ObjectKind } from '@flaskhals/shared';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import { KIND_COLORS } from '../model/objectStyle';

export function KindSwatch({ kind, open = true }: { kind: ObjectKind; open?: boolean }) {
  return (
    <span
      className={`swatch${open ? '' : ' swatch--closed'}`}
      style={{ '--swatch': KIND_COLORS[kind] } as CSSProperties}
      aria-hidden="true"
    />
  );
}

export function KindBadge({ kind }: { kind: ObjectKind }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge--kind">
      <KindSwatch kind={kind} />
      {t(`kinds.${kind}`)}
    </span>
  );
}

export { StatusBadge } from '../../ui/badges/StatusBadge';
