import { consolePath } from '@console-routes';
import type { CalendarDate } from '@internationalized/date';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { LinkButton } from '../../components/Button';
import { Alert, Badge, QueryState } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { formatTime } from '../../lib/format';
import { PublishAvailabilityDialog } from './PublishAvailabilityDialog';
import { daysOfWeek, parisDayOf, parisToday, weekBounds, weekFromParam } from './paris-time';

const AGENDA = graphql(`
  query CoordinatorAgenda($from: DateTime!, $to: DateTime!, $coordinatorId: ID) {
    interviewAvailabilities(from: $from, to: $to, coordinatorId: $coordinatorId, first: 40) {
      totalCount
      edges {
        node {
          id
          startsAt
          endsAt
          slotMinutes
          place {
            kind
            label
          }
          slots {
            id
            startsAt
            endsAt
            booked
          }
        }
      }
    }
    interviews(
      from: $from
      to: $to
      coordinatorId: $coordinatorId
      statuses: [SCHEDULED, HELD, NO_SHOW, EXCUSED]
      first: 60
    ) {
      edges {
        node {
          id
          slotId
          startsAt
          endsAt
          status
          missionTitle
          beneficiary {
            firstName
            lastName
          }
        }
      }
    }
  }
`);

const dayTitle = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const weekTitle = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** « lundi 9 mars » of a calendar day (formatted at noon UTC: the day itself, whatever the zone). */
function formatDay(day: CalendarDate, format = dayTitle): string {
  return format.format(new Date(Date.UTC(day.year, day.month - 1, day.day, 12)));
}

export function AgendaPage() {
  const viewer = useViewer();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const monday = weekFromParam(params.get('semaine'));
  const [published, setPublished] = useState<string | null>(null);
  const bounds = useMemo(() => weekBounds(monday), [monday.toString()]); // eslint-disable-line react-hooks/exhaustive-deps
  const [result, refetch] = useQuery({
    query: AGENDA,
    variables: { ...bounds, coordinatorId: viewer.role === 'COORDINATOR' ? viewer.id : null },
  });
  const today = parisToday().toString();
  const weekParam = (day: CalendarDate) => consolePath('agenda', {}, { semaine: day.toString() });

  return (
    <>
      <PageHeader
        title="Agenda"
        lead={`Semaine du ${formatDay(monday, weekTitle)} (heure de Paris)`}
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Agenda' }]}
        actions={
          <PublishAvailabilityDialog
            onPublished={(count, firstDay) => {
              setPublished(
                count === 1 ? '1 plage de disponibilité publiée.' : `${count} plages de disponibilité publiées.`,
              );
              if (firstDay) void navigate(weekParam(firstDay));
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        }
      />
      <nav aria-label="Semaines" className="cluster week-nav">
        <LinkButton variant="secondary" href={weekParam(monday.subtract({ weeks: 1 }))}>
          ← Semaine précédente
        </LinkButton>
        <LinkButton variant="secondary" href={consolePath('agenda')}>
          Cette semaine
        </LinkButton>
        <LinkButton variant="secondary" href={weekParam(monday.add({ weeks: 1 }))}>
          Semaine suivante →
        </LinkButton>
      </nav>
      {published && (
        <Alert tone="success" live="status">
          <p>{published}</p>
        </Alert>
      )}
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ interviewAvailabilities, interviews }) => {
          const interviewBySlot = new Map(
            interviews.edges.filter((e) => e.node.slotId).map((e) => [e.node.slotId as string, e.node]),
          );
          return (
            <>
              {interviewAvailabilities.totalCount === 0 && (
                <p className="muted">Aucune disponibilité publiée cette semaine.</p>
              )}
              <div className="week">
                {daysOfWeek(monday).map((day) => {
                  const ranges = interviewAvailabilities.edges
                    .map((e) => e.node)
                    .filter((range) => parisDayOf(range.startsAt).toString() === day.toString());
                  return (
                    <section
                      key={day.toString()}
                      className={`week__day${day.toString() === today ? ' week__day--today' : ''}`}
                      aria-labelledby={`day-${day.toString()}`}
                    >
                      <h2 id={`day-${day.toString()}`}>
                        {formatDay(day)}
                        {day.toString() === today && <span className="visually-hidden"> (aujourd’hui)</span>}
                      </h2>
                      {ranges.length === 0 ? (
                        <p className="muted">Rien de prévu.</p>
                      ) : (
                        ranges.map((range) => (
                          <div key={range.id} className="week__range">
                            <p>
                              <strong>
                                {formatTime(range.startsAt)}–{formatTime(range.endsAt)}
                              </strong>{' '}
                              · {range.place.label}
                            </p>
                            <ul aria-label={`Créneaux de ${formatTime(range.startsAt)} à ${formatTime(range.endsAt)}`}>
                              {range.slots.map((slot) => {
                                const interview = interviewBySlot.get(slot.id);
                                return (
                                  <li key={slot.id} className={`week__slot${slot.booked ? ' week__slot--booked' : ''}`}>
                                    {formatTime(slot.startsAt)}{' '}
                                    {interview ? (
                                      <Link to={consolePath('interview', { interviewId: interview.id })}>
                                        Entretien : {interview.beneficiary.firstName}{' '}
                                        {interview.beneficiary.lastName ?? ''}
                                      </Link>
                                    ) : slot.booked ? (
                                      <Badge tone="warning">Réservé</Badge>
                                    ) : (
                                      <span className="muted">libre</span>
                                    )}
                                  </li>
                                );
                              })}
                            </ul>
                          </div>
                        ))
                      )}
                    </section>
                  );
                })}
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
