import { safeNextPath } from './navigation';

describe(safeNextPath.name, () => {
  it('keeps a path of the console with its query', () => {
    expect(safeNextPath('/personnes?recherche=benali')).toBe('/personnes?recherche=benali');
    expect(safeNextPath('/admin/queues')).toBe('/admin/queues');
  });

  it('sends anything else to the home page', () => {
    for (const next of [
      null,
      undefined,
      '',
      'personnes',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/ a',
    ]) {
      expect(safeNextPath(next)).toBe('/accueil');
    }
  });
});
