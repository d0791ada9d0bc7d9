import { useQuery, type AnyVariables, type TypedDocumentNode, type UseQueryResponse } from 'urql';

/**
 * A Relay list read with « Afficher plus »: the first page, and the next one on demand (a paused
 * query for the page after the last cursor). graphcache's relayPagination merges each page into
 * the first query's result, so the page only ever renders `result`.
 */
export function useRelayList<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  endCursorOf: (data: Data) => string | null | undefined,
): {
  result: UseQueryResponse<Data, Variables>[0];
  refetch: UseQueryResponse<Data, Variables>[1];
  loadMore: () => void;
  loadingMore: boolean;
} {
  const [result, refetch] = useQuery({ query, variables });
  const after = result.data ? endCursorOf(result.data) : undefined;
  const [more, fetchMore] = useQuery({ query, variables: { ...variables, after } as Variables, pause: true });
  return { result, refetch, loadMore: () => fetchMore(), loadingMore: more.fetching };
}
