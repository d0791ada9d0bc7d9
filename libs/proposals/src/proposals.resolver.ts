import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, BeneficiaryLoaders, PersonAudience, projectPerson } from '@tremplin/beneficiaries';
import { AnyStaff, AppConfig, CurrentUser, IdArgs, perRequest, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Mission, MissionAccess } from '@tremplin/missions';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { DeclineReason } from './domain/answer-rules';
import { ProposalNotificationMode } from './domain/referent-notices';
import { canWithdraw } from './domain/proposal-access';
import { plannedReminderAt, proposalStatusLabel } from './domain/answer-channel';
import { followUpDelaysOf } from './domain/follow-up';
import { ProposalStatus, isAwaitingAnswer, withdrawalProblem } from './domain/proposal-status';
import { ProposalCandidate, ProposalEmailPreview } from './dto/proposal.types';
import { ProposeMissionInput, RecordProposalAnswerInput, WithdrawProposalInput } from './dto/propose-mission.input';
import { ProposalConnection, ProposalsArgs } from './dto/proposals.args';
import { ProposalAccess } from './proposal-access.service';
import { Proposal } from './proposal.entity';
import { ProposalsService } from './proposals.service';
import { ReferentNotices } from './referent-notices.service';

/**
 * Proposals for the staff. Referents and the service Insertion see the proposals of the files they
 * read; an association sees the accepted proposals of its own missions and a coordinator every
 * accepted one — and then only the person's first name, contact and the status: every personal
 * field below re-checks who is asking.
 */
@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly access: ProposalAccess,
    private readonly missionAccess: MissionAccess,
    private readonly loaders: BeneficiaryLoaders,
    private readonly notices: ReferentNotices,
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
    private readonly config: AppConfig,
  ) {}

  @AnyStaff()
  @Query(() => Proposal, { description: 'Une proposition de mission' })
  proposal(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser, @Context() context: object): Promise<Proposal> {
    return this.service.get(viewer, id, context);
  }

  @AnyStaff()
  @Query(() => ProposalConnection, {
    description:
      'Les propositions que vous voyez, les plus récentes d’abord (association : celles acceptées sur vos missions)',
  })
  proposals(@Args() args: ProposalsArgs, @CurrentUser() viewer: AuthUser): Promise<ProposalConnection> {
    return this.service.list(viewer, args);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Proposal, {
    description:
      'Propose une mission publiée à une personne que vous suivez et qui a donné son accord : elle la reçoit par e-mail',
  })
  proposeMission(@Args('input') input: ProposeMissionInput, @CurrentUser() viewer: AuthUser): Promise<Proposal> {
    return this.service.propose(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Proposal, {
    description: 'Retire une proposition : ses liens ne fonctionnent plus ; une place réservée est libérée',
  })
  withdrawProposal(@Args('input') input: WithdrawProposalInput, @CurrentUser() viewer: AuthUser): Promise<Proposal> {
    return this.service.withdraw(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => ProposalEmailPreview, {
    description:
      'L’e-mail que la personne recevra si vous lui proposez cette mission (même modèle que l’envoi ; rien n’est enregistré)',
  })
  proposalEmailPreview(
    @Args('input') input: ProposeMissionInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<ProposalEmailPreview> {
    return this.service.preview(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Proposal, {
    description:
      'Enregistre la réponse que la personne vous a donnée par téléphone ou en personne (mêmes règles que sa réponse par le lien ; dans le carnet de bord)',
  })
  recordProposalAnswer(
    @Args('input') input: RecordProposalAnswerInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Proposal> {
    return this.service.recordAnswer(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => ProposalNotificationMode, {
    description: 'Comment vous êtes prévenu(e) des réponses à vos propositions',
  })
  proposalNotificationMode(@CurrentUser() viewer: AuthUser): Promise<ProposalNotificationMode> {
    return this.notices.modeOf(viewer.id);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => ProposalNotificationMode, {
    description: 'Un e-mail à chaque réponse (IMMEDIATE) ou un résumé par jour (DAILY_DIGEST)',
  })
  setProposalNotificationMode(
    @Args('mode', { type: () => ProposalNotificationMode })
    mode: ProposalNotificationMode,
    @CurrentUser() viewer: AuthUser,
  ): Promise<ProposalNotificationMode> {
    return this.notices.setMode(viewer.id, mode);
  }

  @ResolveField(() => String, { description: 'État en clair' })
  statusLabel(@Parent() proposal: Proposal): string {
    return proposalStatusLabel(proposal.status, proposal.delivery, proposal.emailFailedAt !== null);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'Date prévue de la relance par e-mail (vide : lettre, déjà relancée ou plus en attente)',
  })
  reminderDueAt(@Parent() proposal: Proposal): Date | null {
    return plannedReminderAt(proposal, followUpDelaysOf(this.config));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'La lettre à imprimer (PDF) tant que la proposition attend sa réponse (le référent de la personne, le service Insertion)',
  })
  async letterUrl(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<string | null> {
    if (!isAwaitingAnswer(proposal.status)) return null;
    if ((await this.access.visibility(viewer, proposal, context)) !== 'full') return null;
    return `/proposals/${proposal.id}/letter.pdf`;
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Qui a enregistré la réponse donnée par téléphone ou en personne',
  })
  async answerRecordedBy(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<User | null> {
    if (!proposal.answerRecordedById) return null;
    if ((await this.access.visibility(viewer, proposal, context)) !== 'full') return null;
    return this.loaders.user(context).load(proposal.answerRecordedById);
  }

  @ResolveField(() => Mission, { nullable: true })
  async mission(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Mission | null> {
    if (!(await this.access.canSee(viewer, proposal, context))) return null;
    const mission = await this.missionLoader(context).load(proposal.missionId);
    return mission && this.missionAccess.canSee(viewer, mission) ? mission : null;
  }

  @ResolveField(() => ProposalCandidate, {
    nullable: true,
    description: 'Prénom et coordonnées de la personne (pour une association : une fois la proposition acceptée)',
  })
  async candidate(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<ProposalCandidate | null> {
    const audience = await this.access.audience(viewer, proposal, context);
    if (audience === PersonAudience.NONE) return null;
    const beneficiary = await this.loaders.beneficiary(context).load(proposal.beneficiaryId);
    if (!beneficiary) return null;
    const view = projectPerson(beneficiary, audience);
    return { firstName: view.firstName ?? '', lastName: view.lastName, email: view.email, phone: view.phone };
  }

  @ResolveField(() => Beneficiary, {
    nullable: true,
    description: 'Le dossier de la personne (référent, service Insertion)',
  })
  async beneficiary(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Beneficiary | null> {
    if ((await this.access.visibility(viewer, proposal, context)) !== 'full') return null;
    return this.loaders.beneficiary(context).load(proposal.beneficiaryId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Qui a fait la proposition' })
  async referent(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<User | null> {
    if ((await this.access.visibility(viewer, proposal, context)) !== 'full') return null;
    return this.loaders.user(context).load(proposal.referentId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Le message personnel du référent' })
  async message(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<string | null> {
    return (await this.access.visibility(viewer, proposal, context)) === 'full' ? proposal.message : null;
  }

  @ResolveField(() => DeclineReason, { nullable: true, description: 'Motif du refus, si la personne l’a indiqué' })
  async declineReason(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<DeclineReason | null> {
    return (await this.access.visibility(viewer, proposal, context)) === 'full' ? proposal.declineReason : null;
  }

  @ResolveField(() => Int, { nullable: true, description: "Rang sur la liste d'attente (1 : la prochaine place)" })
  async waitingListRank(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<number | null> {
    if (proposal.status !== ProposalStatus.WAITING_LIST || proposal.waitingListPosition === null) return null;
    if ((await this.access.visibility(viewer, proposal, context)) !== 'full') return null;
    return this.service.waitingListRank(proposal);
  }

  @ResolveField(() => Boolean, { description: 'Vous pouvez retirer cette proposition' })
  async viewerCanWithdraw(
    @Parent() proposal: Proposal,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<boolean> {
    if (withdrawalProblem(proposal.status)) return false;
    const scope = await this.access.scopeOf(proposal, context);
    return !!scope && canWithdraw(viewer, scope);
  }

  private missionLoader(context: object): DataLoader<string, Mission | null> {
    return perRequest(
      context,
      'proposals:mission',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.missions.findBy({ id: In([...ids]) });
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }
}
