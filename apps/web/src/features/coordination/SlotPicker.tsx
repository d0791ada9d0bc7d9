import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { Button } from '../../components/Button';
import { EmptyState, QueryState } from '../../components/feedback';
import { graphql } from '../../gql';
import { formatCount } from '../../lib/format';
import { useRelayList } from '../../lib/use-relay-list';

const SLOTS = graphql(`
  query InterviewSlotChoices($proposalId: ID!, $after: String) {
    interviewSlots(proposalId: $proposalId, first: 30, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slotId
          startsAt
          label
        }
      }
    }
  }
`);

/** The free slots that fit the person (48 h ahead at least, nearest place first), as radio buttons. */
export function SlotPicker({
  proposalId,
  value,
  onChange,
  excludeSlotId,
}: {
  proposalId: string;
  value: string | null;
  onChange: (slotId: string) => void;
  excludeSlotId?: string | null;
}) {
  const { result, refetch, loadMore, loadingMore } = useRelayList(
    SLOTS,
    { proposalId },
    (data) => data.interviewSlots.pageInfo.endCursor,
  );
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ interviewSlots }) => {
        const options = interviewSlots.edges.map((edge) => edge.node).filter((slot) => slot.slotId !== excludeSlotId);
        if (options.length === 0)
          return (
            <EmptyState title="Aucun créneau libre ne convient à la personne.">
              <p>Publiez des disponibilités dans l’agenda (au moins 48 heures à l’avance), puis revenez ici.</p>
            </EmptyState>
          );
        return (
          <>
            <RadioGroup className="field radio-group" value={value} onChange={onChange} isRequired name="slotId">
              <Label>Créneau</Label>
              <Text slot="description" className="field__description">
                Les créneaux libres qui tombent dans les disponibilités de la personne, le lieu le plus proche d’abord.
              </Text>
              {options.map((slot) => (
                <Radio key={slot.slotId} value={slot.slotId} className="radio">
                  {slot.label}
                </Radio>
              ))}
            </RadioGroup>
            {interviewSlots.pageInfo.hasNextPage && (
              <div className="cluster">
                <p className="muted">
                  {formatCount(interviewSlots.edges.length, 'créneau affiché', 'créneaux affichés')} sur{' '}
                  {formatCount(interviewSlots.totalCount, 'créneau', 'créneaux')}.
                </p>
                <Button variant="secondary" onPress={loadMore} isDisabled={loadingMore}>
                  Afficher plus de créneaux
                </Button>
              </div>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
