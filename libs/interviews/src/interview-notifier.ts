import { Injectable } from '@nestjs/common';
import { Association } from '@tremplin/associations';
import { Beneficiary } from '@tremplin/beneficiaries';
import { AppConfig, Clock, Mailer } from '@tremplin/core';
import type { EmailAttachment, MailTemplate, Transaction } from '@tremplin/core';
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
  INTERVIEW_CANCELLED_MAIL,
  INTERVIEW_INVITATION_MAIL,
  INTERVIEW_REMINDER_MAIL,
  InterviewMailData,
} from './interviews.mail';

export type ParticipantRole = 'beneficiary' | 'referent' | 'coordinator' | 'welcome';

export interface Recipient {
  role: ParticipantRole;
  firstName: string;
  name: string;
  email: string;
  optional: boolean;
}

/** Who takes part in an interview and what it is about, loaded in the caller's transaction. */
export interface InterviewParties {
  beneficiary: Pick<Beneficiary, 'id' | 'firstName' | 'lastName' | 'email'>;
  referent: Pick<User, 'id' | 'firstName' | 'lastName' | 'email'>;
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
    const add = (role: ParticipantRole, firstName: string, name: string, email: string | null, optional = false) => {
      if (email && !list.some((r) => r.email.toLowerCase() === email.toLowerCase())) {
        list.push({ role, firstName, name, email, optional });
      }
    };
    add('beneficiary', parties.beneficiary.firstName, fullName(parties.beneficiary), parties.beneficiary.email);
    add('referent', parties.referent.firstName, fullName(parties.referent), parties.referent.email);
    add('coordinator', parties.coordinator.firstName, fullName(parties.coordinator), parties.coordinator.email);
    if (interview.welcomeContactInvited) {
      const name = parties.association.welcomeContactName;
      add('welcome', name.split(' ')[0] ?? name, name, parties.association.welcomeContactEmail, true);
    }
    return list;
  }

  uid(interview: Pick<Interview, 'id'>): string {
    return `interview-${interview.id}@${new URL(this.config.APP_URL).hostname}`;
  }

  /** The current calendar of the interview: a REQUEST, or a CANCEL once cancelled. */
  calendar(interview: Interview, parties: InterviewParties, method: CalendarMethod): string {
    const place = placeOf(interview);
    const text = invitationText({
      missionTitle: parties.mission.title,
      associationName: parties.association.name,
      beneficiaryName: fullName(parties.beneficiary),
      referentName: fullName(parties.referent),
      coordinatorName: fullName(parties.coordinator),
      startsAt: interview.startsAt,
      endsAt: interview.endsAt,
      place,
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
      attendees: this.recipients(interview, parties).map((r) => ({
        name: r.name,
        email: r.email,
        optional: r.optional,
      })),
    });
  }

  /** The invitation of a new or moved interview (`previous`: its former date), to every participant. */
  async invite(
    tx: Transaction,
    interview: Interview,
    previous: { startsAt: Date; endsAt: Date } | null = null,
  ): Promise<number> {
    const parties = await this.parties(tx.manager, interview);
    const calendar = this.calendar(interview, parties, 'REQUEST');
    const previousWhen = previous ? formatPeriodFr(previous.startsAt, previous.endsAt) : null;
    return this.send(
      tx,
      interview,
      parties,
      INTERVIEW_INVITATION_MAIL,
      `v${interview.sequence}`,
      { previousWhen },
      {
        method: 'REQUEST',
        content: calendar,
      },
    );
  }

  /** The cancellation, to every participant of the interview. */
  async cancel(tx: Transaction, interview: Interview): Promise<number> {
    const parties = await this.parties(tx.manager, interview);
    const calendar = this.calendar(interview, parties, 'CANCEL');
    return this.send(
      tx,
      interview,
      parties,
      INTERVIEW_CANCELLED_MAIL,
      `v${interview.sequence}`,
      { reason: interview.cancelReason },
      { method: 'CANCEL', content: calendar },
    );
  }

  /** A CANCEL to a coordinator taken off a moved interview (another coordinator's slot). */
  async cancelFor(tx: Transaction, interview: Interview, formerCoordinatorId: string): Promise<number> {
    const parties = await this.parties(tx.manager, interview);
    const former = await tx.manager.findOneByOrFail(User, { id: formerCoordinatorId });
    const formerParties = { ...parties, coordinator: former };
    const calendar = this.calendar(interview, formerParties, 'CANCEL');
    const recipient: Recipient = {
      role: 'coordinator',
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
      { method: 'CANCEL', content: calendar },
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
    calendar: { method: CalendarMethod; content: string } | null,
  ): Promise<number> {
    return this.sendTo(
      tx,
      interview,
      parties,
      this.recipients(interview, parties),
      template,
      keySuffix,
      extra,
      calendar,
    );
  }

  private async sendTo(
    tx: Transaction,
    interview: Interview,
    parties: InterviewParties,
    recipients: Recipient[],
    template: MailTemplate<InterviewMailData>,
    keySuffix: string,
    extra: Partial<InterviewMailData>,
    calendar: { method: CalendarMethod; content: string } | null,
  ): Promise<number> {
    let queued = 0;
    for (const recipient of recipients) {
      const forBeneficiary = recipient.role === 'beneficiary';
      const data: InterviewMailData = {
        firstName: recipient.firstName,
        forBeneficiary,
        beneficiaryName: recipient.role === 'welcome' ? parties.beneficiary.firstName : fullName(parties.beneficiary),
        missionTitle: parties.mission.title,
        associationName: parties.association.name,
        when: formatPeriodFr(interview.startsAt, interview.endsAt),
        placeLabel: interview.placeLabel,
        address: interview.placeAddress,
        videoUrl: interview.videoUrl,
        referentName: fullName(parties.referent),
        coordinatorName: fullName(parties.coordinator),
        appUrl: forBeneficiary || recipient.role === 'welcome' ? null : this.config.APP_URL,
        ...extra,
      };
      const attachments: EmailAttachment[] = calendar
        ? [
            {
              filename: calendar.method === 'CANCEL' ? 'annulation-entretien.ics' : 'entretien.ics',
              contentType: `text/calendar; charset=utf-8; method=${calendar.method}`,
              content: calendar.content,
            },
          ]
        : [];
      const sent = await this.mailer.queue(tx, {
        idempotencyKey: `interview:${interview.id}:${keySuffix}:${recipient.role}`,
        template,
        to: recipient.email,
        replyTo: forBeneficiary ? parties.referent.email : null,
        data,
        attachments,
        calendarEvent: calendar
          ? { method: calendar.method, filename: 'invite.ics', content: calendar.content }
          : undefined,
      });
      if (sent) queued++;
    }
    return queued;
  }
}
