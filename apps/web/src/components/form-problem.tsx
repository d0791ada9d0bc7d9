// A form's problem from the server: its message at the top (announced), and each field's message
// next to the field (through <Form validationErrors>), cleared as soon as that field is edited so
// that the browser lets the corrected form be sent again.
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { ApiProblem, FieldMessages } from '../lib/api-errors';
import { Alert } from './feedback';

export interface FormProblem {
  problem: ApiProblem | null;
  setProblem: (problem: ApiProblem | null) => void;
  /** For <Form validationErrors>. */
  validationErrors: FieldMessages;
  /** Forgets the server's message of the field being edited. */
  onChange: (event: FormEvent<HTMLElement>) => void;
  /**
   * Forgets the server's message of a field whose edits send no `change` event with its name
   * (date and time pickers): until then the browser would keep refusing to send the form.
   */
  clearField: (name: string) => void;
}

export function useFormProblem(): FormProblem {
  const [problem, setProblemState] = useState<ApiProblem | null>(null);
  const [validationErrors, setValidationErrors] = useState<FieldMessages>({});
  const setProblem = useCallback((next: ApiProblem | null) => {
    setProblemState(next);
    setValidationErrors(next?.fields ?? {});
  }, []);
  const clearField = useCallback((name: string) => {
    setValidationErrors((current) => {
      if (!(name in current)) return current;
      const { [name]: _edited, ...rest } = current;
      return rest;
    });
  }, []);
  const onChange = useCallback(
    (event: FormEvent<HTMLElement>) => {
      const name = (event.target as HTMLInputElement | null)?.name;
      if (name) clearField(name);
    },
    [clearField],
  );
  return { problem, setProblem, validationErrors, onChange, clearField };
}

/** The message at the top of a form: the server's own, or a summary when fields are at fault. */
export function FormProblemAlert({ problem }: { problem: ApiProblem | null }) {
  if (!problem) return null;
  const fieldCount = Object.keys(problem.fields).length;
  return (
    <Alert tone="danger" live="alert">
      <p>
        {fieldCount > 0
          ? fieldCount === 1
            ? 'Un champ est à corriger : son message figure sous le champ.'
            : `${fieldCount} champs sont à corriger : leur message figure sous chacun d’eux.`
          : problem.message}
      </p>
    </Alert>
  );
}

/**
 * A form that sends an action: checks the fields first (each field's own rules), shows the
 * server's problem at the top and next to each field, keeps what was typed when the action fails.
 */
export function ActionForm({
  form,
  onSubmit,
  children,
  ariaLabelledby,
}: {
  form: FormProblem;
  onSubmit: () => Promise<void> | void;
  children: ReactNode;
  ariaLabelledby?: string;
}) {
  return (
    <div onChange={form.onChange}>
      <FormProblemAlert problem={form.problem} />
      <Form
        aria-labelledby={ariaLabelledby}
        validationErrors={form.validationErrors}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        {children}
      </Form>
    </div>
  );
}
