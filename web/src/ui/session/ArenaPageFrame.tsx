import type { Permission } from '@flaskhals/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageFrame } from '../layout/PageFrame';
import { LoadingLine } from '../layout/states';
import { ArenaChoice, type arenaFor } from './arenaChoice';
import type { Me } from './session';

type ArenaAccess = NonNullable<ReturnType<typeof arenaFor>>;

interface ArenaPageFrameProps {
  title: string;
  /** The h1's id, which the page's section is labelled by. */
  titleId: string;
  className?: string;
  me: Me;
  permission: Permission;
  /** The page's path, for the arena choice. */
  path: string;
  /** Whether the installation's default arena is known yet (until then: loading). */
  known: boolean;
  /** The arena the page is about, if the user may see it there (arenaFor). */
  access: ArenaAccess | undefined;
  /** After the arena's name, e.g. how many wait. */
  subtitle?: ReactNode;
  children: (access: ArenaAccess) => ReactNode;
}

/**
 * The frame of a page about one arena (the inbox, meetings, the audit log, the import): the way
 * back to the arena's map, the title, loading until the default arena is known, "not allowed"
 * for a user without the permission there, the arena's name and, for users of several arenas,
 * the choice of arena; then the page's own content.
 */
export function ArenaPageFrame({
  title,
  titleId,
  className,
  me,
  permission,
  path,
  known,
  access,
  subtitle,
  children,
}: ArenaPageFrameProps) {
  const { t } = useTranslation();
  return (
    <PageFrame title={title}>
      <p>
        <Link to={access ? `/?arena=${encodeURIComponent(access.arena.slug)}` : '/'}>← {t('profile.backToMap')}</Link>
      </p>
      <section className={className ? `page__card ${className}` : 'page__card'} aria-labelledby={titleId}>
        <h1 id={titleId}>{title}</h1>
        {!known ? (
          <LoadingLine />
        ) : !access ? (
          <p className="notice notice--warning" role="alert">
            {t('errors.forbidden')}
          </p>
        ) : (
          <>
            <p className="muted">
              {access.arena.name}
              {subtitle}
            </p>
            <ArenaChoice me={me} permission={permission} current={access.arena.slug} path={path} />
            {children(access)}
          </>
        )}
      </section>
    </PageFrame>
  );
}
