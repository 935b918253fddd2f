import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderStrict } from '../../../test/render';
import { Legend } from './Legend';

/** A screen as wide as `width` CSS pixels, as far as media queries go. */
function screenWidth(width: number) {
  window.matchMedia = (query: string) =>
    ({
      matches: /max-width: (\d+)px/.test(query) && width <= Number(/max-width: (\d+)px/.exec(query)![1]),
      media: query,
    }) as MediaQueryList;
}

describe('Legend', () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('starts folded on a phone and opens and folds with its button', async () => {
    screenWidth(390);
    renderStrict(<Legend />);
    const toggle = screen.getByRole('button', { name: 'Teckenförklaring' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Valt objekt')).not.toBeVisible();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Valt objekt')).toBeVisible();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('starts open on a wide screen', () => {
    screenWidth(1366);
    renderStrict(<Legend />);
    expect(screen.getByRole('button', { name: 'Teckenförklaring' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Valt objekt')).toBeVisible();
  });
});
