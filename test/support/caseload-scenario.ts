import { IndicatorScenario, paris } from './indicator-scenario';
import { BELLEY, OYONNAX } from './beneficiary-helpers';
import { StaffAccount, TestPlatform } from './test-platform';

/** Thursday 5 March 2026, 10:00 in Paris: « this week » runs from Monday 2 to Sunday 8 March. */
export const CASELOAD_NOW = '2026-03-05T09:00:00.000Z';

/** The people of the scenario by the stage they illustrate, with the referent who follows them. */
export interface CaseloadPeople {
  toOrient: string;
  overdue: string;
  awaiting: string;
  accepted: string;
  acceptedCancelled: string;
  interviewThisWeek: string;
  interviewNextWeek: string;
  inMission: string;
  missionDone: string;
  outcomeRecorded: string;
  declined: string;
  left: string;
  /** Followed by a colleague of the same territory (a territory manager sees them). */
  colleagues: string;
  /** Followed by a referent of another territory. */
  elsewhere: string;
}

/** Last names (`Scenario-<Name>`) of the people: what the lists show. */
export const lastNameOf = (name: string) => `Scenario-${name}`;

/** Names the referent and sets the deadlines as the orientation domain does (1 and 2 months after entry). */
async function follow(platform: TestPlatform, beneficiaryId: string, referentId: string) {
  await platform.dataSource.query(
    `UPDATE beneficiary SET referent_id = $2,
       orientation_due_on = (rsa_entry_date + interval '1 month')::date,
       accompaniment_due_on = (rsa_entry_date + interval '2 months')::date
     WHERE id = $1`,
    [beneficiaryId, referentId],
  );
}

/**
 * A caseload with one person at each stage of the follow-up (and a few that must not be counted),
 * written row by row with exact dates around CASELOAD_NOW.
 */
export async function seedCaseload(
  platform: TestPlatform,
  referent: StaffAccount,
  colleague: StaffAccount,
  elsewhereReferent: StaffAccount,
): Promise<CaseloadPeople> {
  const scenario = new IndicatorScenario(platform);
  await scenario.init();
  scenario.referent = referent;
  const association = await scenario.association(
    'Restos du Cœur de l’Ain',
    OYONNAX,
    'restos@exemple.fr',
    'a@exemple.fr',
  );
  const mission = await scenario.mission(association, {
    title: 'Accueil à l’épicerie solidaire',
    domain: 'ALIMENTATION',
    commune: OYONNAX,
    publishedAt: paris('2026-01-05 09:00'),
  });
  const other = await scenario.mission(association, {
    title: 'Tri des dons',
    domain: 'ALIMENTATION',
    commune: OYONNAX,
    publishedAt: paris('2026-01-05 09:00'),
  });
  const person = async (name: string, entry: string, followedBy: StaffAccount = referent, commune = OYONNAX) => {
    const id = await scenario.beneficiary(name, { entry, commune });
    await follow(platform, id, followedBy.user.id);
    return id;
  };
  /** Oriented and accompanied in time (the orientation names the scenario's referent: put back who follows). */
  const oriented = async (id: string, followedBy: StaffAccount = referent) => {
    await scenario.orientation(id, paris('2026-02-01 10:00'));
    await platform.dataSource.query(`UPDATE beneficiary SET first_action_at = $2, referent_id = $3 WHERE id = $1`, [
      id,
      paris('2026-02-01 10:00'),
      followedBy.user.id,
    ]);
  };

  const toOrient = await person('Aorienter', '2026-02-20');
  const overdue = await person('Retard', '2026-01-10');

  const awaiting = await person('Attente', '2025-12-01');
  await oriented(awaiting);
  await scenario.proposal(awaiting, mission, paris('2026-03-03 10:00'), 'PROPOSED');

  const accepted = await person('Acceptee', '2025-12-02');
  await oriented(accepted);
  await scenario.proposal(accepted, mission, paris('2026-02-20 10:00'));

  const acceptedCancelled = await person('Annulee', '2025-12-03');
  await oriented(acceptedCancelled);
  const cancelledProposal = await scenario.proposal(acceptedCancelled, mission, paris('2026-02-20 10:00'));
  await scenario.interview(cancelledProposal, paris('2026-03-04 14:00'), 'CANCELLED');

  const interviewThisWeek = await person('Semaine', '2025-12-04');
  await oriented(interviewThisWeek);
  const weekProposal = await scenario.proposal(interviewThisWeek, mission, paris('2026-02-21 10:00'));
  await scenario.interview(weekProposal, paris('2026-03-06 10:00'), 'SCHEDULED');

  const interviewNextWeek = await person('Prochaine', '2025-12-05');
  await oriented(interviewNextWeek);
  const nextProposal = await scenario.proposal(interviewNextWeek, mission, paris('2026-02-22 10:00'));
  await scenario.interview(nextProposal, paris('2026-03-09 10:00'), 'SCHEDULED');

  const inMission = await person('Mission', '2025-11-01');
  await oriented(inMission);
  const missionProposal = await scenario.proposal(inMission, other, paris('2026-01-20 10:00'));
  const missionInterview = await scenario.interview(missionProposal, paris('2026-01-27 10:00'));
  await scenario.engagement(missionInterview, { start: '2026-02-02' });

  const missionDone = await person('Terminee', '2025-10-01');
  await oriented(missionDone);
  const doneProposal = await scenario.proposal(missionDone, other, paris('2025-12-10 10:00'));
  const doneInterview = await scenario.interview(doneProposal, paris('2025-12-16 10:00'));
  await scenario.engagement(doneInterview, { start: '2026-01-05', status: 'COMPLETED', end: '2026-02-27' });

  const outcomeRecorded = await person('Suite', '2025-10-02');
  await oriented(outcomeRecorded);
  const recordedProposal = await scenario.proposal(outcomeRecorded, other, paris('2025-12-11 10:00'));
  const recordedInterview = await scenario.interview(recordedProposal, paris('2025-12-17 10:00'));
  const recordedEngagement = await scenario.engagement(recordedInterview, {
    start: '2026-01-05',
    status: 'COMPLETED',
    end: '2026-02-20',
  });
  await scenario.outcome(recordedEngagement, 'JOB', '2026-03-02');

  const declined = await person('Declinee', '2025-12-06');
  await oriented(declined);
  await scenario.proposal(declined, mission, paris('2026-02-25 10:00'), 'DECLINED');

  const left = await scenario.beneficiary('Sortie', { entry: '2025-12-07', leftAt: paris('2026-03-01 10:00') });
  await follow(platform, left, referent.user.id);
  await scenario.proposal(left, mission, paris('2026-02-26 10:00'), 'PROPOSED');

  const colleagues = await person('Collegue', '2025-12-08', colleague);
  await oriented(colleagues, colleague);
  await scenario.proposal(colleagues, mission, paris('2026-03-02 10:00'), 'PROPOSED');

  const elsewhere = await person('Ailleurs', '2025-12-09', elsewhereReferent, BELLEY);
  await oriented(elsewhere, elsewhereReferent);
  await scenario.proposal(elsewhere, mission, paris('2026-03-02 11:00'), 'PROPOSED');

  return {
    toOrient,
    overdue,
    awaiting,
    accepted,
    acceptedCancelled,
    interviewThisWeek,
    interviewNextWeek,
    inMission,
    missionDone,
    outcomeRecorded,
    declined,
    left,
    colleagues,
    elsewhere,
  };
}
