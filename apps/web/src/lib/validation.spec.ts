import { frenchValidationMessage, REQUIRED_MESSAGE } from './validation';

const valid = {
  customError: false,
  valueMissing: false,
  typeMismatch: false,
  patternMismatch: false,
  tooLong: false,
  tooShort: false,
  rangeUnderflow: false,
  rangeOverflow: false,
  stepMismatch: false,
  badInput: false,
};

describe('frenchValidationMessage', () => {
  it('replaces the browser’s own message for a missing value by the French one', () => {
    expect(frenchValidationMessage(['Please select an item in the list.'], { ...valid, valueMissing: true })).toBe(
      REQUIRED_MESSAGE,
    );
  });

  it('replaces the browser’s messages on format, length and range', () => {
    expect(frenchValidationMessage(['Please include an @'], { ...valid, typeMismatch: true })).toBe(
      'Le format n’est pas valide.',
    );
    expect(frenchValidationMessage(['Value must be less than 10'], { ...valid, rangeOverflow: true })).toBe(
      'La valeur est trop grande.',
    );
    expect(frenchValidationMessage(['Too short'], { ...valid, tooShort: true })).toBe('Le texte est trop court.');
  });

  it('keeps our own messages (client checks and the server’s) as they are', () => {
    const ours = 'Saisissez une adresse e-mail valide (par exemple prenom.nom@ain.fr).';
    expect(frenchValidationMessage([ours], { ...valid, customError: true, valueMissing: true })).toBe(ours);
    expect(frenchValidationMessage([], valid)).toBe('');
  });
});
