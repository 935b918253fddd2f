import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';

import { renderWithSession } from '../test/session';
import { ObjectList } from './objects';
import { AppHeader } from './ui/layout/AppHeader';

function ReportButton() {
  const { t } = useTranslation();
  return <button type="button">{t('header.report')}</button>;
}

describe('language switch', () => {
  it('changes the labels from Swedish to English and back, and remembers the choice', async () => {
    const user = userEvent.setup();
    renderWithSession(
      <>
        <AppHeader arenaName="Infrastruktur & Logistikarenan" actions={<ReportButton />} />
        <ObjectList objects={[]} totalCount={0} loading={false} error={false} selectedId={undefined} onSelect={jest.fn()} />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Rapportera flaskhals' })).toBeInTheDocument();
    expect(screen.getByText('Inga objekt i kartvyn')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Byt språk till engelska' }));

    expect(screen.getByRole('button', { name: 'Report a bottleneck' })).toBeInTheDocument();
    expect(screen.getByText('No objects in view')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('flaskhals.language')).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Byt språk till svenska' }));
    expect(screen.getByRole('button', { name: 'Rapportera flaskhals' })).toBeInTheDocument();
  });
});
