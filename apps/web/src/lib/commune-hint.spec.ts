import { formerNameHint } from './commune-hint';

const VALSERHONE = {
  inseeCode: '01033',
  name: 'Valserhône',
  formerCommunes: [
    { inseeCode: '01018', name: null },
    { inseeCode: '01033', name: 'Bellegarde-sur-Valserine' },
    { inseeCode: '01091', name: 'Châtillon-en-Michaille' },
    { inseeCode: '01205', name: 'Lancrans' },
  ],
};

describe(formerNameHint.name, () => {
  it('names the former commune that was typed, accents, case and hyphens aside', () => {
    expect(formerNameHint('bellegarde', VALSERHONE)).toBe('anciennement Bellegarde-sur-Valserine');
    expect(formerNameHint('chatillon en michaille', VALSERHONE)).toBe('anciennement Châtillon-en-Michaille');
    expect(formerNameHint('01205', VALSERHONE)).toBe('anciennement Lancrans');
  });

  it('says nothing when the current name or code matches, or when the former name is unknown', () => {
    expect(formerNameHint('Valserh', VALSERHONE)).toBeNull();
    expect(formerNameHint('0103', VALSERHONE)).toBeNull();
    expect(formerNameHint('01018', VALSERHONE)).toBeNull();
    expect(formerNameHint('', VALSERHONE)).toBeNull();
  });
});
