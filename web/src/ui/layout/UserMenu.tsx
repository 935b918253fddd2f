import { can, type Permission } from '@flaskhals/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { describeRequestFailure } from '../graphql/errors';
import { type Me, PROFILE_PATH, useSession } from '../session';

/**
 * The signed-in user's name and organization; opens Profil and Logga ut. A disclosure, not an
 * ARIA menu: Tab moves through the two entries, Escape closes and returns to the button.
 */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  const doSignOut = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await signOut();
      // A page for the signed-in only (the profile) sends the visitor on by itself.
      setOpen(false);
    } catch (cause) {
      setError(describeRequestFailure(t, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="user-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
      onBlur={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node | null) && e.relatedTarget !== null) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={toggle}
        className="user-menu__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(me.name)}
        </span>
        <span className="user-menu__who">
          <span className="user-menu__name">{me.name}</span>
          <span className="user-menu__org">{me.organization.name}</span>
        </span>
        <span className="user-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={listId} className="user-menu__panel" hidden={!open}>
        <ul className="user-menu__list">
          <li>
            <Link className="user-menu__item" to={PROFILE_PATH} onClick={() => setOpen(false)}>
              {t('header.profile')}
            </Link>
          </li>
          {STAFF_PAGES.filter(({ permission }) => me.arenas.some((a) => can(a.role, permission))).map(({ path, label }) => (
            <li key={path}>
              <Link className="user-menu__item" to={path} onClick={() => setOpen(false)}>
                {t(label)}
              </Link>
            </li>
          ))}
          <li>
            <button type="button" className="user-menu__item" disabled={busy} onClick={() => void doSignOut()}>
              {busy ? t('header.signingOut') : t('header.signOut')}
            </button>
          </li>
        </ul>
        {error && (
          <p className="user-menu__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

const STAFF_PAGES: { path: string; label: string; permission: Permission }[] = [
  { path: '/medlemmar', label: 'header.members', permission: 'readMemberDirectory' },
  { path: '/logg', label: 'header.auditLog', permission: 'readAuditLog' },
  { path: '/utkorg', label: 'header.outbox', permission: 'manageRoles' },
  // A rare task of the secretariat: the menu, not the header, which has no room on a phone.
  { path: '/importera', label: 'header.import', permission: 'importObjects' },
  // The score's weights: admins only (shared/src/access.ts manageScoring); members reach the page from an object's score.
  { path: '/poang', label: 'header.scoring', permission: 'manageScoring' },
];

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}
