import { safeNext, signInPath } from './session';

describe('the return address after sign-in', () => {
  it('keeps paths of this app, query included', () => {
    expect(safeNext('/?arena=ila-vastmanland&object=abc')).toBe('/?arena=ila-vastmanland&object=abc');
    expect(safeNext('/profil')).toBe('/profil');
  });

  it('never leads off the site or back to the sign-in page', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
      undefined,
      '/logga-in',
      '/logga-in?next=/x',
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
  });

  it('is carried in the sign-in link, encoded', () => {
    expect(signInPath('/?arena=ila&z=9')).toBe('/logga-in?next=%2F%3Farena%3Dila%26z%3D9');
    expect(signInPath('/')).toBe('/logga-in');
  });
});
