import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { Beneficiary, PersonAudience } from '@tremplin/beneficiaries';
import {
  AppException,
  ErrorCode,
  InvalidLinkException,
  PageRenderer,
  Public,
  RateLimit,
  SignedLinks,
} from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Mission } from '@tremplin/missions';
import { Association } from '@tremplin/associations';
import { Proposal, ProposalStatus } from '@tremplin/proposals';
import { formatDistanceFr } from '@tremplin/referentials';
import { isUUID } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SELF_BOOKING_LINK_PURPOSE, BOOKING_PAGE_MAX_SLOTS } from '../domain/booking';
import { formatPeriodFr, formatSlotFr, formatTimeFr } from '../domain/paris-time';
import { InterviewPlaceKind, PLACE_KIND_LABELS } from '../domain/place';
import { InterviewSlotOption } from '../dto/interview.input';
import { InterviewNotifier } from '../interview-notifier';
import { InterviewBooking } from '../interview-booking';
import { InterviewQueries } from '../interview-queries';
import { BOOKED_PAGE, BOOKING_PAGE, INVALID_BOOKING_LINK_PAGE, PlaceGroup } from './booking-pages';

interface LinkContext {
  token: string;
  proposal: Proposal;
  beneficiary: Beneficiary;
  missionTitle: string;
  associationName: string;
  referentName: string;
}

/**
 * The beneficiary's self-booking pages (`/rdv/<token>`), from the signed link of the acceptance
 * page and emails: no account, the token names the accepted proposal. Server-rendered, no
 * JavaScript. Every dead end shows the same French page.
 */
@Controller('rdv')
export class BookingController {
  constructor(
    private readonly links: SignedLinks,
    private readonly interviews: InterviewQueries,
    private readonly booking: InterviewBooking,
    private readonly notifier: InterviewNotifier,
    private readonly pages: PageRenderer,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @RateLimit('link')
  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const context = await this.open(token);
    if (!context) return this.invalid(res);
    const booked = await this.interviews.openInterviewOf(context.proposal.id);
    if (booked) {
      this.html(
        res,
        200,
        this.pages.render(BOOKED_PAGE, {
          firstName: context.beneficiary.firstName,
          missionTitle: context.missionTitle,
          when: formatPeriodFr(booked.startsAt, booked.endsAt),
          placeLabel: booked.placeLabel,
          address: booked.placeAddress,
          videoUrl: booked.videoUrl,
          referentName: context.referentName,
          calendarUrl: `/rdv/${token}/entretien.ics`,
          justBooked: false,
        }),
      );
      return;
    }
    await this.renderChoice(res, context, 200, null);
  }

  @Public()
  @RateLimit('link')
  @Post(':token')
  async book(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const context = await this.open(token);
    if (!context) return this.invalid(res);
    const slotId = body?.creneau;
    if (typeof slotId !== 'string' || !isUUID(slotId)) {
      return this.renderChoice(res, context, 400, 'Choisissez un créneau dans la liste.');
    }
    try {
      await this.booking.bookFromLink(context.proposal.id, slotId);
    } catch (error) {
      if (!(error instanceof AppException)) throw error;
      if (error.code === ErrorCode.INVALID_TRANSITION) return this.invalid(res);
      const status = error.code === ErrorCode.SLOT_UNAVAILABLE || error.code === ErrorCode.CONFLICT ? 409 : 400;
      return this.renderChoice(res, context, status, error.message);
    }
    res.redirect(303, `/rdv/${token}`);
  }

  /** The booked interview's calendar file, for the person's own calendar (they read everything about themself). */
  @Public()
  @RateLimit('link')
  @Get(':token/entretien.ics')
  async calendar(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const context = await this.open(token);
    const booked = context ? await this.interviews.openInterviewOf(context.proposal.id) : null;
    if (!booked) return this.invalid(res);
    const parties = await this.notifier.parties(this.dataSource.manager, booked);
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'attachment; filename="entretien.ics"')
      .send(this.notifier.calendar(booked, parties, 'REQUEST', PersonAudience.FILE));
  }

  /** The proposal behind a valid token, if it is still accepted; null for every dead end. */
  private async open(token: string): Promise<LinkContext | null> {
    let proposalId: string;
    try {
      proposalId = this.links.verify(token, SELF_BOOKING_LINK_PURPOSE);
    } catch (error) {
      if (error instanceof InvalidLinkException) return null;
      throw error;
    }
    if (!isUUID(proposalId)) return null;
    const manager = this.dataSource.manager;
    const proposal = await manager.findOneBy(Proposal, { id: proposalId });
    if (!proposal || proposal.status !== ProposalStatus.ACCEPTED) return null;
    const [beneficiary, mission, referent] = await Promise.all([
      manager.findOneByOrFail(Beneficiary, { id: proposal.beneficiaryId }),
      manager.findOneByOrFail(Mission, { id: proposal.missionId }),
      manager.findOneByOrFail(User, { id: proposal.referentId }),
    ]);
    const association = await manager.findOneByOrFail(Association, { id: mission.associationId });
    return {
      token,
      proposal,
      beneficiary,
      missionTitle: mission.title,
      associationName: association.name,
      referentName: `${referent.firstName} ${referent.lastName}`,
    };
  }

  private async renderChoice(res: Response, context: LinkContext, status: number, error: string | null): Promise<void> {
    const options = await this.interviews.freeSlotsFor(context.beneficiary, BOOKING_PAGE_MAX_SLOTS);
    this.html(
      res,
      status,
      this.pages.render(BOOKING_PAGE, {
        firstName: context.beneficiary.firstName,
        missionTitle: context.missionTitle,
        associationName: context.associationName,
        referentName: context.referentName,
        action: `/rdv/${context.token}`,
        places: groupByPlace(options),
        error,
      }),
    );
  }

  /** Every dead link answers like a dead proposal link: 404 and the same neutral page. */
  private invalid(res: Response): void {
    this.html(res, 404, this.pages.render(INVALID_BOOKING_LINK_PAGE, {}));
  }

  private html(res: Response, status: number, html: string): void {
    res.status(status).type('html').setHeader('Cache-Control', 'no-store').send(html);
  }
}

/** Slots grouped by place, in the order of the ranking (nearest place first). */
export function groupByPlace(options: readonly InterviewSlotOption[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const option of options) {
    const key = `${option.place.kind}|${option.place.label}|${option.place.address ?? option.place.videoUrl ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        label: option.place.label,
        where:
          option.place.kind === InterviewPlaceKind.VIDEO
            ? `${PLACE_KIND_LABELS.VIDEO} : le lien vous sera envoyé avec l'invitation.`
            : (option.place.address ?? ''),
        distance: option.distanceKm === null ? null : `${formatDistanceFr(option.distanceKm)} de chez vous`,
        slots: [],
      };
      groups.set(key, group);
    }
    group.slots.push({
      slotId: option.slotId,
      time: `${formatSlotFr(option.startsAt)} – ${formatTimeFr(option.endsAt)}`,
    });
  }
  return [...groups.values()];
}
