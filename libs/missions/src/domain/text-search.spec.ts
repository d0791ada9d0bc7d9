import { searchWords } from './text-search';

describe(searchWords.name, () => {
  it('lower-cases, removes accents and punctuation', () => {
    expect(searchWords('Épicerie  SOLIDAIRE !')).toEqual(['epicerie', 'solidaire']);
    expect(searchWords("aide à l'accueil, aide aux devoirs")).toEqual(['aide', 'accueil', 'aux', 'devoirs']);
  });

  it('drops short words and keeps at most 8', () => {
    expect(searchWords('de la à')).toEqual([]);
    expect(searchWords('un deux trois quatre cinq six sept huit neuf dix onze')).toHaveLength(8);
  });
});
