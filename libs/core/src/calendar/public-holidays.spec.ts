import { publicHolidayOn } from './public-holidays';

describe(publicHolidayOn.name, () => {
  it('names the fixed and the moving holidays of metropolitan France', () => {
    expect(publicHolidayOn('2026-07-14')).toBe('Fête nationale');
    expect(publicHolidayOn('2026-11-11')).toBe('Armistice de 1918');
    expect(publicHolidayOn('2026-01-01')).toBe('jour de l’An');
    // Easter 2026 is on 5 April: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May.
    expect(publicHolidayOn('2026-04-06')).toMatch(/Pâques/i);
    expect(publicHolidayOn('2026-05-14')).toMatch(/Ascension/i);
    expect(publicHolidayOn('2027-03-29')).toMatch(/Pâques/i);
  });

  it('says nothing of working days, nor of the Alsace-Moselle holidays the Ain does not have', () => {
    expect(publicHolidayOn('2026-03-10')).toBeNull();
    expect(publicHolidayOn('2026-12-26')).toBeNull(); // Saint-Étienne: Alsace-Moselle only
    expect(publicHolidayOn('2026-04-03')).toBeNull(); // Good Friday: Alsace-Moselle only
  });
});
