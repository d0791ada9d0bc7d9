import { AssociationStatus, associationDecisionProblem } from './association-status';

const { PENDING, VALIDATED, REJECTED } = AssociationStatus;

describe(associationDecisionProblem.name, () => {
  it.each([
    [PENDING, VALIDATED, null],
    [PENDING, REJECTED, null],
    [REJECTED, VALIDATED, null],
    [REJECTED, REJECTED, "L'association est au statut « Refusée » : elle ne peut pas être refusée à nouveau."],
    [VALIDATED, VALIDATED, "L'association est au statut « Validée » : elle ne peut pas être validée à nouveau."],
    [VALIDATED, REJECTED, "L'association est au statut « Validée » : elle ne peut pas être refusée à nouveau."],
  ] as const)('from %s, deciding %s', (current, decision, expected) => {
    expect(associationDecisionProblem(current, decision)).toBe(expected);
  });
});
