import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

interface HeaderLinkProps {
  /** Where it leads (with its query); the current page is marked when the path matches. */
  to: string;
  label: string;
  /** A 16×16 line drawing; on a phone it stands alone and the label is for screen readers. */
  icon: ReactNode;
  className?: string;
}

/** A feature's link in the page header: icon and label, the icon alone on a phone (the header has room for little). */
export function HeaderLink({ to, label, icon, className }: HeaderLinkProps) {
  const location = useLocation();
  const here = location.pathname === to.split('?')[0];
  return (
    <Link
      className={`button button--ghost header-link${className ? ` ${className}` : ''}`}
      to={to}
      aria-current={here ? 'page' : undefined}
    >
      <svg className="header-link__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        {icon}
      </svg>
      <span className="header-link__text">{label}</span>
    </Link>
  );
}
