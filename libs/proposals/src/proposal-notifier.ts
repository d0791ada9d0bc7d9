import { Injectable } from '@nestjs/common';
import { Association, AssociationMembership } from '@tremplin/associations';
import { Beneficiary, shortName } from '@tremplin/beneficiaries';
import { AppConfig, Clock, Mailer, SignedLinks } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Mission } from '@tremplin/missions';
import { Commune, Competency, countFr } from '@tremplin/referentials';
import { EntityManager, In } from 'typeorm';
import { bookingLinkExpiry, formatDeadlineFr } from './domain/follow-up';
import { MissionSheet, missionSheet } from './domain/mission-sheet';
import { ProposalNotificationMode } from './domain/referent-notices';
import { Proposal } from './proposal.entity';
import { ProposalNotificationSetting, ProposalReferentNotice } from './referent-notice.entity';
import {
  ASSOCIATION_ACCEPTED_MAIL,
  PROPOSAL_ACCEPTED_MAIL,
  PROPOSAL_MAIL,
  PROPOSAL_REMINDER_MAIL,
  PROPOSAL_WAITING_LIST_MAIL,
  PROPOSAL_WITHDRAWN_MAIL,
  ProposalMailData,
  REFERENT_NOTICE_MAIL,
  messageParagraphs,
} from './proposals.mail';

/** The purpose of the links that answer a proposal (`/p/:token`). */
export const ANSWER_LINK_PURPOSE = 'proposal.answer';
/** The purpose of the self-booking link of an accepted proposal (`/rdv/:token`, owned by interviews). */
export const BOOKING_LINK_PURPOSE = 'interview.booking';

/** Everything an email or a page about a proposal needs, loaded in one transaction. */
export interface ProposalParties {
  proposal: Proposal;
  beneficiary: Beneficiary;
  mission: Mission;
  association: Association;
  referent: User;
}

/** The kinds of email of a proposal: with the proposal id, they make the idempotency key. */
export type ProposalEmailKind =
  | 'new'
  | 'reminder'
  | 'accepted'
  | 'promoted'
  | 'waiting-list'
  | 'withdrawn'
  | `referent:${string}`
  | `association:${string}`;

export function proposalEmailKey(proposalId: string, kind: ProposalEmailKind): string {
  return `proposal:${proposalId}:${kind}`;
}

/** `{ proposalId, kind }` of a key made by proposalEmailKey, or null for anyone else's email. */
export function parseProposalEmailKey(key: string): { proposalId: string; kind: string } | null {
  const match = /^proposal:([0-9a-f-]{36}):(.+)$/.exec(key);
  return match ? { proposalId: match[1], kind: match[2] } : null;
}

const fullName = (user: Pick<User, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`;

/**
 * Builds and queues (in the caller's transaction, through the Mailer's outbox) the emails of
 * proposals, and the signed links they carry. Each email has a key `proposal:<id>:<kind>`, so
 * that a retried step never sends it twice.
 */
@Injectable()
export class ProposalNotifier {
  constructor(
    private readonly mailer: Mailer,
    private readonly links: SignedLinks,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly membership: AssociationMembership,
  ) {}

  async parties(manager: EntityManager, proposal: Proposal, mission?: Mission): Promise<ProposalParties> {
    // One after the other: inside a transaction they share one connection.
    const beneficiary = await manager.findOneByOrFail(Beneficiary, { id: proposal.beneficiaryId });
    const loadedMission = mission ?? (await manager.findOneByOrFail(Mission, { id: proposal.missionId }));
    const referent = await manager.findOneByOrFail(User, { id: proposal.referentId });
    const association = await manager.findOneByOrFail(Association, { id: loadedMission.associationId });
    return { proposal, beneficiary, mission: loadedMission, association, referent };
  }

  async sheet(manager: EntityManager, parties: Omit<ProposalParties, 'proposal' | 'referent'>): Promise<MissionSheet> {
    const { mission, association, beneficiary } = parties;
    const commune = await manager.findOneBy(Commune, { inseeCode: mission.communeCode });
    const competencies = mission.competencyCodes.length
      ? await manager.findBy(Competency, { code: In(mission.competencyCodes) })
      : [];
    const labels = new Map(competencies.map((c) => [c.code, c.label]));
    return missionSheet(
      {
        title: mission.title,
        summary: mission.summary,
        description: mission.description,
        associationName: association.name,
        communeName: commune?.name ?? mission.communeCode,
        address: mission.address,
        latitude: mission.latitude,
        longitude: mission.longitude,
        weeklySlots: mission.weeklySlots,
        startDate: mission.startDate,
        endDate: mission.endDate,
        hoursPerWeek: mission.hoursPerWeek,
        durationWeeks: mission.durationWeeks,
        competencyLabels: mission.competencyCodes.map((code) => labels.get(code)).filter((l): l is string => !!l),
        followUps: mission.followUps,
        welcomeContactName: mission.welcomeContactName ?? association.welcomeContactName,
      },
      mission.remote ? null : { latitude: beneficiary.latitude, longitude: beneficiary.longitude },
    );
  }

  answerToken(proposal: Pick<Proposal, 'id' | 'expiresAt'>): string {
    return this.links.sign(ANSWER_LINK_PURPOSE, proposal.id, proposal.expiresAt);
  }

  pageUrl(proposal: Pick<Proposal, 'id' | 'expiresAt'>): string {
    return this.links.url('/p', this.answerToken(proposal));
  }

  /** `${APP_URL}/rdv/<token>`: the self-booking link of the tripartite interview (see contracts). */
  bookingUrl(proposal: Pick<Proposal, 'id'>, answeredAt: Date): string {
    return this.links.url('/rdv', this.links.sign(BOOKING_LINK_PURPOSE, proposal.id, bookingLinkExpiry(answeredAt)));
  }

  /** The proposal email (`new`) or its reminder. */
  /**
   * What the proposal email says (also its preview, before the proposal exists: `pageUrl` is then
   * a stand-in for the personal link, made when the proposal is).
   */
  async proposalMailData(
    manager: EntityManager,
    parties: Omit<ProposalParties, 'proposal'>,
    proposal: Pick<Proposal, 'message' | 'expiresAt'>,
    pageUrl: string,
  ): Promise<ProposalMailData> {
    const { beneficiary, referent } = parties;
    return {
      firstName: beneficiary.firstName,
      referentName: fullName(referent),
      referentFirstName: referent.firstName,
      messageParagraphs: messageParagraphs(proposal.message),
      sheet: await this.sheet(manager, parties),
      acceptUrl: `${pageUrl}#oui`,
      declineUrl: `${pageUrl}#non`,
      deadline: formatDeadlineFr(proposal.expiresAt),
    };
  }

  async queueProposal(tx: Transaction, parties: ProposalParties, kind: 'new' | 'reminder'): Promise<boolean> {
    const { proposal, beneficiary, referent } = parties;
    if (!beneficiary.email) return false;
    const data = await this.proposalMailData(tx.manager, parties, proposal, this.pageUrl(proposal));
    return this.mailer.queue(tx, {
      idempotencyKey: proposalEmailKey(proposal.id, kind),
      template: kind === 'new' ? PROPOSAL_MAIL : PROPOSAL_REMINDER_MAIL,
      to: beneficiary.email,
      replyTo: referent.email,
      data,
    });
  }

  /** To the person whose yes holds a place (at once, or from the waiting list when `promoted`). */
  async queueAccepted(
    tx: Transaction,
    parties: ProposalParties,
    answeredAt: Date,
    promoted: boolean,
  ): Promise<boolean> {
    const { proposal, beneficiary, referent, mission, association } = parties;
    if (!beneficiary.email) return false;
    return this.mailer.queue(tx, {
      idempotencyKey: proposalEmailKey(proposal.id, promoted ? 'promoted' : 'accepted'),
      template: PROPOSAL_ACCEPTED_MAIL,
      to: beneficiary.email,
      replyTo: referent.email,
      data: {
        firstName: beneficiary.firstName,
        referentName: fullName(referent),
        referentFirstName: referent.firstName,
        missionTitle: mission.title,
        associationName: association.name,
        promoted,
        bookingUrl: this.bookingUrl(proposal, answeredAt),
        pageUrl: this.pageUrl(proposal),
      },
    });
  }

  /**
   * To each member of the association, when a person's yes holds a place on its mission (at once
   * or from the waiting list): the publication email promised it. First name only, as GraphQL gives it.
   */
  async queueAssociationAccepted(tx: Transaction, parties: ProposalParties): Promise<number> {
    const { proposal, beneficiary, mission } = parties;
    const left = Math.max(mission.places - mission.placesTaken, 0);
    const placesLabel =
      left === 0
        ? 'la mission est désormais complète'
        : `${countFr(left, 'place')} sur ${mission.places} ${left > 1 ? 'restent libres' : 'reste libre'}`;
    let queued = 0;
    for (const member of await this.membership.members(mission.associationId, tx.manager)) {
      const sent = await this.mailer.queue(tx, {
        idempotencyKey: proposalEmailKey(proposal.id, `association:${member.id}`),
        template: ASSOCIATION_ACCEPTED_MAIL,
        to: member.email,
        data: {
          memberFirstName: member.firstName,
          personFirstName: beneficiary.firstName,
          missionTitle: mission.title,
          placesLabel,
          missionId: mission.id,
          appUrl: this.config.APP_URL,
        },
      });
      if (sent) queued++;
    }
    return queued;
  }

  async queueWaitingList(tx: Transaction, parties: ProposalParties, rank: number): Promise<boolean> {
    const { proposal, beneficiary, referent, mission, association } = parties;
    if (!beneficiary.email) return false;
    return this.mailer.queue(tx, {
      idempotencyKey: proposalEmailKey(proposal.id, 'waiting-list'),
      template: PROPOSAL_WAITING_LIST_MAIL,
      to: beneficiary.email,
      replyTo: referent.email,
      data: {
        firstName: beneficiary.firstName,
        referentFirstName: referent.firstName,
        missionTitle: mission.title,
        associationName: association.name,
        rank,
        pageUrl: this.pageUrl(proposal),
      },
    });
  }

  /** To a person who had said yes, when the proposal is called off. */
  async queueWithdrawn(tx: Transaction, parties: ProposalParties): Promise<boolean> {
    const { proposal, beneficiary, referent, mission } = parties;
    if (!beneficiary.email) return false;
    return this.mailer.queue(tx, {
      idempotencyKey: proposalEmailKey(proposal.id, 'withdrawn'),
      template: PROPOSAL_WITHDRAWN_MAIL,
      to: beneficiary.email,
      replyTo: referent.email,
      data: {
        firstName: beneficiary.firstName,
        referentName: fullName(referent),
        referentFirstName: referent.firstName,
        missionTitle: mission.title,
      },
    });
  }

  /**
   * To the referent who made the proposal: `event` names the notice (one per proposal and event).
   * A referent who chose the daily summary gets it there instead of by email at once.
   */
  async notifyReferent(
    tx: Transaction,
    parties: ProposalParties,
    event: string,
    headline: string,
    details: string[] = [],
  ): Promise<boolean> {
    const { proposal, referent } = parties;
    if (referent.disabledAt) return false;
    const setting = await tx.manager.findOneBy(ProposalNotificationSetting, { userId: referent.id });
    if (setting?.mode === ProposalNotificationMode.DAILY_DIGEST) {
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(ProposalReferentNotice)
        .values({ referentId: referent.id, proposalId: proposal.id, event, headline, createdAt: this.clock.now() })
        .orIgnore()
        .returning(['id'])
        .execute();
      return inserted.raw.length > 0;
    }
    return this.mailer.queue(tx, {
      idempotencyKey: proposalEmailKey(proposal.id, `referent:${event}`),
      template: REFERENT_NOTICE_MAIL,
      to: referent.email,
      data: {
        referentFirstName: referent.firstName,
        headline,
        details,
        beneficiaryId: proposal.beneficiaryId,
        personLabel: this.personLabel(parties.beneficiary),
        appUrl: this.config.APP_URL,
      },
    });
  }

  /** « Karima B. » — what notices and logbook lines say of the person. */
  personLabel(beneficiary: Pick<Beneficiary, 'firstName' | 'lastName'>): string {
    return shortName(beneficiary.firstName, beneficiary.lastName);
  }
}
