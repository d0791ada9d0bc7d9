import { CONSOLE_ROUTES, consolePath, consoleUrl, isConsolePath } from './console-routes';

describe(consolePath.name, () => {
  it('gives the path of a page without parameters, with an optional query', () => {
    expect(consolePath('login')).toBe('/connexion');
    expect(consolePath('login', {}, { suite: '/accueil?x=1', vide: '', absent: undefined })).toBe(
      '/connexion?suite=%2Faccueil%3Fx%3D1',
    );
  });
});

describe(consoleUrl.name, () => {
  it('joins the public base URL and a console path', () => {
    expect(consoleUrl('https://tremplin.ain.fr/', consolePath('home'))).toBe('https://tremplin.ain.fr/accueil');
  });
});

describe(isConsolePath.name, () => {
  it('recognises every page of the table, with or without a trailing slash', () => {
    for (const pattern of Object.values(CONSOLE_ROUTES)) {
      const path = pattern.replace(/:\w+/g, 'abc');
      expect(isConsolePath(path)).toBe(true);
      expect(isConsolePath(`${path}/`)).toBe(true);
    }
  });

  it('refuses other paths: API routes, signed links, unknown pages', () => {
    for (const path of ['/graphql', '/health', '/p/abc', '/rdv/abc', '/nulle-part', '/connexion/autre', '/Connexion']) {
      expect(isConsolePath(path)).toBe(false);
    }
  });
});
