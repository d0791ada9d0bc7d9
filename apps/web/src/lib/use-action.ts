import { useCallback } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import { apiProblemOf, type ApiProblem } from './api-errors';

export type ActionResult<Data> = { ok: true; data: Data } | { ok: false; problem: ApiProblem };

/**
 * A mutation as forms use it: `await run(variables)` gives the data, or the French problem to show
 * (with its field messages), never an exception.
 */
export function useAction<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
): [(variables: Variables) => Promise<ActionResult<Data>>, { pending: boolean }] {
  const [state, execute] = useMutation<Data, Variables>(document);
  const run = useCallback(
    async (variables: Variables): Promise<ActionResult<Data>> => {
      const result = await execute(variables);
      if (result.error || !result.data) return { ok: false, problem: apiProblemOf(result.error) };
      return { ok: true, data: result.data };
    },
    [execute],
  );
  return [run, { pending: state.fetching }];
}
