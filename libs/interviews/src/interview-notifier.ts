import { Injectable } from '@nestjs/common';
import { Association, AssociationMembership } from '@tremplin/associations';
import { Beneficiary, PersonAudience, PersonField, mayRead, personAudience, personName } from '@tremplin/beneficiaries';
import { AppConfig, Clock, Mailer } from '@tremplin/core';
import type { AuthUser, MailTemplate, Transaction } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Mission } from '@tremplin/missions';
import type { EntityManager } from 'typeorm';
import { CalendarMethod, buildInvitation } from './domain/invitation';
import { invitationText } from './domain/invitation-text';
import { formatPeriodFr } from './domain/paris-time';
import { ReminderKind } from './domain/reminders';
import { placeOf } from './interview-availability.entity';
import type { Interview } from './interview.entity';
import {
  ASSOCIATION_INTERVIEW_MAIL,
  AssociationInterviewChange,
  INTERVIEW_CANCELLED_MAIL,
  INTERVIEW_INVITATION_MAIL,
  INTERVIEW_REMINDER_MAIL,
  InterviewMailData,
} from './interviews.mail';

export type ParticipantRole = 'beneficiary' | 'referent' | 'coordinator' | 'welcome';

export interface Recipient {
  role: ParticipantRole;
  /** What the recipient may read of the person (the person-field list), in the email and its calendar. */
  audience: PersonAudience;
  firstName: string;
  name: string;
  email: string;
  optional: boolean;
}

/** Who takes part in an interview and what it is about, loaded in the caller's transaction. */
export interface InterviewParties {
  beneficiary: Pick<Beneficiary, 'id' | 'firstName' | 'lastName' | 'email' | 'phone' | 'referentId' | 'territoryId'>;
  referent: Pick<User, 'id' | 'firstName' | 'lastName' | 'email' | 'role' | 'territoryId' | 'isTerritoryManager'>;
  coordinator: Pick<User, 'id' | 'firstName' | 'lastName' | 'email'>;
  mission: Pick<Mission, 'id' | 'title' | 'associationId'>;
  association: Pick<Association, 'id' | 'name' | 'welcomeContactName' | 'welcomeContactEmail'>;
}

const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

const REMINDER_DELAYS: Record<ReminderKind, string> = { H48: 'dans deux jours', H2: 'dans deux heures' };

/**
 * The emails of an interview, written in the transaction of the change that causes them: each
 * participant gets the invitation (.ics, METHOD:REQUEST, same UID, the interview's SEQUENCE), the
 * cancellation (METHOD:CANCEL) and the reminders. Keys make each email happen once.
 */
@Injectable()
export class InterviewNotifier {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly membership: AssociationMembership,
  ) {}

  async parties(manager: EntityManager, interview: Interview): Promise<InterviewParties> {
    // One after the other: in a transaction, the manager holds a single connection.
    const beneficiary = await manager.findOneOrFail(Beneficiary, { where: { id: interview.beneficiaryId } });
    const referent = await manager.findOneOrFail(User, { where: { id: interview.referentId } });
    const coordinator = await manager.findOneOrFail(User, { where: { id: interview.coordinatorId } });
    const mission = await manager.findOneOrFail(Mission, { where: { id: interview.missionId } });
    const association = await manager.findOneOrFail(Association, { where: { id: mission.associationId } });
    return { beneficiary, referent, coordinator, mission, association };
  }

  /** The participants who get emails (those with an address; the welcome contact when invited). */
  recipients(interview: Interview, parties: InterviewParties): Recipient[] {
    const list: Recipient[] = [];
    const add = (
      role: ParticipantRole,
      audience: PersonAudience,
      firstName: string,
      name: string,
      email: string | null,
      optional = false,
    ) => {
      if (email && !list.some((r) => r.email.toLowerCase() === email.toLowerCase())) {
        list.push({ role, audience, firstName, name, email, optional });
      }
    };
    const { beneficiary, referent, coordinator } = parties;
    add('beneficiary', PersonAudience.FILE, beneficiary.firstName, fullName(beneficiary), beneficiary.email);
    add(
      'referent',
      personAudience(
        { ...referent, associationId: null },
        { beneficiary, hostAssociationId: parties.mission.associationId, proposedById: interview.referentId },
      ),
      referent.firstName,
      fullName(referent),
      referent.email,
    );
    add('coordinator', PersonAudience.COORDINATOR, coordinator.firstName, fullName(coordinator), coordinator.email);
    if (interview.welcomeContactInvited) {
      const name = parties.association.welcomeContactName;
      add(
        'welcome',
        PersonAudience.HOST,
        name.split(' ')[0] ?? name,
        name,
        parties.association.welcomeContactEmail,
        true,
      );
    }
    return list;
  }

  /** The audience of a staff member reading the interview's calendar (GET /interviews/:id/invite.ics). */
  audienceOf(viewer: AuthUser, interview: Interview, parties: InterviewParties): PersonAudience {
    return personAudience(viewer, {
      beneficiary: parties.beneficiary,
      hostAssociationId: parties.mission.associationId,
      proposedById: interview.referentId,
    });
  }

  uid(interview: Pick<Interview, 'id'>): string {
    return `interview-${interview.id}@${new URL(this.config.APP_URL).hostname}`;
  }

  /**
   * The current calendar of the interview (a REQUEST, or a CANCEL once cancelled), as `reader`
   * may read it: the person is named and listed as an attendee with the fields of the
   * person-field list only (an association: the first name).
   */
  calendar(interview: Interview, parties: InterviewParties, method: CalendarMethod, reader: PersonAudience): string {
    const place = placeOf(interview);
    const text = invitationText({
      missionTitle: parties.mission.title,
      associationName: parties.association.name,
      beneficiaryName: personName(parties.beneficiary, reader),
      referentName: fullName(parties.referent),
      coordinatorName: fullName(parties.coordinator),
      startsAt: interview.startsAt,
      endsAt: interview.endsAt,
      place,
    });
    const attendees = this.recipients(interview, parties).flatMap((r) => {
      if (r.role !== 'beneficiary') return [{ name: r.name, email: r.email, optional: r.optional }];
      if (!mayRead(reader, PersonField.EMAIL)) return [];
      return [{ name: personName(parties.beneficiary, reader), email: r.email, optional: r.optional }];
    });
    return buildInvitation({
      method,
      uid: this.uid(interview),
      sequence: interview.sequence,
      stampedAt: this.clock.now(),
      startsAt: interview.startsAt,
      endsAt: interview.endsAt,
      ...text,
      place,
      latitude: interview.latitude,
      longitude: interview.longitude,
      organizer: { name: `${fullName(parties.coordinator)} (France Bénévolat)`, email: parties.coordinator.email },
      attendees,
    });
  }

  /** The invitation of a new or moved interview (`previous`: its former date), to every participant. */
  async invite(
    tx: Transaction,
    interview: Interview,
    previous: { startsAt: Date; endsAt: Date } | null = null,
  ): Promise<number> {
    const parties = await this.parties(tx.manager, interview);
    const previousWhen = previous ? formatPeriodFr(previous.startsAt, previous.endsAt) : null;
    const queued = await this.send(
      tx,
      interview,
      parties,
      INTERVIEW_INVITATION_MAIL,
      `v${interview.sequence}`,
      { previousWhen },
      'REQUEST',
    );
    return queued + (await this.tellAssociation(tx, interview, parties, previous ? 'moved' : 'booked', previousWhen));
  }

  /** The cancellation, to every participant of the interview. */
  async cancel(tx: Transaction, interview: Interview): Promise<number> {
    const parties = await this.parties(tx.manager, interview);
    const queued = await this.send(
      tx,
      interview,
      parties,
      INTERVIEW_CANCELLED_MAIL,
      `v${interview.sequence}`,
      { reason: interview.cancelReason },
      'CANCEL',
    );
    return queued + (await this.tellAssociation(tx, interview, parties, 'cancelled', null));
  }

  /**
   * To each active member of the host association: the interview of the person who accepted its
   * mission was booked, moved or cancelled. The person as the association reads them (first name);
   * a member who is the invited welcome contact already has the invitation itself.
   */
  private async tellAssociation(
    tx: Transaction,
    interview: Interview,
    parties: InterviewParties,
    change: AssociationInterviewChange,
    previousWhen: string | null,
  ): Promise<number> {
    const welcomeEmail = interview.welcomeContactInvited
      ? parties.association.welcomeContactEmail?.toLowerCase()
      : undefined;
    let queued = 0;
    for (const member of await this.membership.members(parties.mission.associationId, tx.manager)) {
      if (member.email.toLowerCase() === welcomeEmail) continue;
      const sent = await this.mailer.queue(tx, {
        idempotencyKey: `interview:${interview.id}:association:v${interview.sequence}:${member.id}`,
        template: ASSOCIATION_INTERVIEW_MAIL,
        to: member.email,
        data: {
          memberFirstName: member.firstName,
          personFirstName: personName(parties.beneficiary, PersonAudience.HOST),
          missionTitle: parties.mission.title,
          when: formatPeriodFr(interview.startsAt, interview.endsAt),
          previousWhen,
          placeLabel: interview.placeLabel,
          moved: change === 'moved',
          cancelled: change === 'cancelled',
          appUrl: this.config.APP_URL,
        },
      });
      if (sent) queued++;
    }
    return queued;
  }

  /** A CANCEL to a coordinator taken off a moved interview (another coordinator's slot). */
  async cancelFor(tx: Transaction, interview: Interview, formerCoordinatorId: string): Promise<number> {
    const parties = await this.parties(tx.manager, interview);
    const former = await tx.manager.findOneByOrFail(User, { id: formerCoordinatorId });
    const formerParties = { ...parties, coordinator: former };
    const recipient: Recipient = {
      role: 'coordinator',
      audience: PersonAudience.COORDINATOR,
      firstName: former.firstName,
      name: fullName(former),
      email: former.email,
      optional: false,
    };
    return this.sendTo(
      tx,
      interview,
      formerParties,
      [recipient],
      INTERVIEW_CANCELLED_MAIL,
      `v${interview.sequence}-former`,
      {
        reason: 'L’entretien a été confié à un(e) autre coordinateur(trice).',
      },
      'CANCEL',
    );
  }

  async remind(tx: Transaction, interview: Interview, kind: ReminderKind): Promise<number> {
    const parties = await this.parties(tx.manager, interview);
    return this.send(
      tx,
      interview,
      parties,
      INTERVIEW_REMINDER_MAIL,
      `reminder:${kind}:${interview.startsAt.getTime()}`,
      { delay: REMINDER_DELAYS[kind] },
      null,
    );
  }

  private send(
    tx: Transaction,
    interview: Interview,
    parties: InterviewParties,
    template: MailTemplate<InterviewMailData>,
    keySuffix: string,
    extra: Partial<InterviewMailData>,
    method: CalendarMethod | null,
  ): Promise<number> {
    return this.sendTo(tx, interview, parties, this.recipients(interview, parties), template, keySuffix, extra, method);
  }

  /** Each recipient's email and calendar name the person as the person-field list lets that recipient read them. */
  private async sendTo(
    tx: Transaction,
    interview: Interview,
    parties: InterviewParties,
    recipients: Recipient[],
    template: MailTemplate<InterviewMailData>,
    keySuffix: string,
    extra: Partial<InterviewMailData>,
    method: CalendarMethod | null,
  ): Promise<number> {
    let queued = 0;
    for (const recipient of recipients) {
      const forBeneficiary = recipient.role === 'beneficiary';
      const data: InterviewMailData = {
        firstName: recipient.firstName,
        forBeneficiary,
        beneficiaryName: personName(parties.beneficiary, recipient.audience),
        missionTitle: parties.mission.title,
        associationName: parties.association.name,
        when: formatPeriodFr(interview.startsAt, interview.endsAt),
        placeLabel: interview.placeLabel,
        address: interview.placeAddress,
        videoUrl: interview.videoUrl,
        referentName: fullName(parties.referent),
        coordinatorName: fullName(parties.coordinator),
        appUrl: forBeneficiary || recipient.role === 'welcome' ? null : this.config.APP_URL,
        forReferent: recipient.role === 'referent',
        interviewId: interview.id,
        beneficiaryId: interview.beneficiaryId,
        ...extra,
      };
      const calendar = method
        ? { method, content: this.calendar(interview, parties, method, recipient.audience) }
        : null;
      // One calendar per email: nodemailer sends the event as the text/calendar alternative that mail
      // clients offer to add, and attaches the same file under this name.
      const sent = await this.mailer.queue(tx, {
        idempotencyKey: `interview:${interview.id}:${keySuffix}:${recipient.role}`,
        template,
        to: recipient.email,
        replyTo: forBeneficiary ? parties.referent.email : null,
        data,
        calendarEvent: calendar
          ? {
              method: calendar.method,
              filename: calendar.method === 'CANCEL' ? 'annulation-entretien.ics' : 'entretien.ics',
              content: calendar.content,
            }
          : undefined,
      });
      if (sent) queued++;
    }
    return queued;
  }
}
