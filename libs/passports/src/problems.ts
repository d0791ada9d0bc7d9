import { AppException } from '@tremplin/core';
import { Problem, Refusal } from './domain/problems';

/** BAD_USER_INPUT with every broken rule as a field message; nothing when the list is empty. */
export function throwIfProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const fields = new Map<string, string[]>();
  for (const { field, message } of problems) fields.set(field, [...(fields.get(field) ?? []), message]);
  const list = [...fields].map(([field, messages]) => ({ field, messages }));
  throw AppException.badInput(list.map((f) => `${f.field} : ${f.messages.join(', ')}`).join(' ; '), list);
}

export function throwIfRefused(refusal: Refusal | null): void {
  if (refusal) throw AppException.invalidTransition(refusal.message, refusal.currentStatus);
}
