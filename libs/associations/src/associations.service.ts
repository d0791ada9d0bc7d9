import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AppConfig,
  AppException,
  Clock,
  Connection,
  ErrorCode,
  FieldError,
  Mailer,
  Role,
  UnitOfWork,
  describeFieldErrors,
  pageWindow,
  toConnection,
} from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { User, UsersService, normalizeEmail, passwordProblems } from '@tremplin/identity';
import { ReferentialsService } from '@tremplin/referentials';
import { Brackets, Repository } from 'typeorm';
import { AssociationMembership } from './association-membership';
import { Association } from './association.entity';
import {
  ASSOCIATION_MEMBER_INVITED_MAIL,
  ASSOCIATION_REGISTERED_MAIL,
  ASSOCIATION_REJECTED_MAIL,
  ASSOCIATION_VALIDATED_MAIL,
} from './associations.mail';
import { AssociationStatus, associationDecisionProblem } from './domain/association-status';
import { normalizeRna, normalizeSiret, rnaProblem, siretProblem } from './domain/legal-identifiers';
import {
  AssociationDecisionKind,
  AssociationsArgs,
  InviteAssociationMemberInput,
  RegisterAssociationInput,
  UpdateAssociationInput,
  ValidateAssociationInput,
} from './dto/association.inputs';

export const ASSOCIATION_NOT_FOUND = 'Association introuvable.';
export const OTHER_ASSOCIATION = 'Vous ne pouvez consulter et modifier que votre propre association.';

type EditableColumns = Partial<
  Pick<
    Association,
    | 'name'
    | 'description'
    | 'address'
    | 'communeCode'
    | 'email'
    | 'phone'
    | 'domainCodes'
    | 'welcomeContactName'
    | 'welcomeContactEmail'
    | 'welcomeContactPhone'
  >
>;

const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

/** « 0474223344 » → « 04 74 22 33 44 »; « +33 4 74… » kept as typed. */
export function formatFrenchPhone(phone: string): string {
  const digits = phone.replace(/[\s.-]/g, '');
  return /^0\d{9}$/.test(digits) ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : phone.trim();
}

/**
 * Registration, validation and upkeep of host associations. Who sees what:
 * ADMIN and COORDINATOR every association; REFERENT the validated ones (the hosts of the missions
 * they propose); an ASSOCIATION member only their own.
 */
@Injectable()
export class AssociationsService {
  private readonly logger = new Logger(AssociationsService.name);

  constructor(
    @InjectRepository(Association) private readonly associations: Repository<Association>,
    private readonly referentials: ReferentialsService,
    private readonly users: UsersService,
    private readonly membership: AssociationMembership,
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The association, or NOT_FOUND; no access check (for other domains). */
  async findById(id: string): Promise<Association> {
    const association = await this.associations.findOneBy({ id });
    if (!association) throw AppException.notFound(ASSOCIATION_NOT_FOUND);
    return association;
  }

  async get(viewer: AuthUser, id: string): Promise<Association> {
    const association = await this.findById(id);
    this.assertReadable(viewer, association);
    return association;
  }

  canRead(viewer: AuthUser | undefined, association: Association): boolean {
    if (!viewer) return false;
    switch (viewer.role) {
      case Role.ADMIN:
      case Role.COORDINATOR:
        return true;
      case Role.REFERENT:
        return association.status === AssociationStatus.VALIDATED;
      case Role.ASSOCIATION:
        return viewer.associationId === association.id;
      default:
        return false;
    }
  }

  assertReadable(viewer: AuthUser | undefined, association: Association): void {
    if (this.canRead(viewer, association)) return;
    throw AppException.forbidden(viewer?.role === Role.ASSOCIATION ? OTHER_ASSOCIATION : undefined);
  }

  async list(viewer: AuthUser, args: AssociationsArgs): Promise<Connection<Association>> {
    const { skip, take } = pageWindow(args);
    const query = this.associations.createQueryBuilder('a').skip(skip).take(take);
    // The moderation queue (only PENDING asked for) comes the longest waiting first.
    if (args.status === AssociationStatus.PENDING) query.orderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC');
    else query.orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC');
    if (viewer.role === Role.ASSOCIATION) {
      query.andWhere('a.id = :ownId', { ownId: viewer.associationId ?? '00000000-0000-0000-0000-000000000000' });
    } else if (viewer.role === Role.REFERENT) {
      query.andWhere('a.status = :validated', { validated: AssociationStatus.VALIDATED });
    }
    if (args.status) query.andWhere('a.status = :status', { status: args.status });
    if (args.communeCode) {
      const commune = await this.referentials.findCommune(args.communeCode);
      query.andWhere('a.communeCode = :communeCode', { communeCode: commune?.inseeCode ?? args.communeCode });
    }
    if (args.territoryId) {
      query.andWhere('a.communeCode IN (SELECT c.insee_code FROM commune c WHERE c.territory_id = :territoryId)', {
        territoryId: args.territoryId,
      });
    }
    if (args.domainCode) query.andWhere(':domainCode = ANY(a.domainCodes)', { domainCode: args.domainCode });
    const search = args.search?.trim();
    if (search) {
      query.andWhere(
        new Brackets((where) =>
          where
            .where('immutable_unaccent(lower(a.name)) LIKE immutable_unaccent(lower(:pattern))', {
              pattern: likePattern(search),
            })
            .orWhere('a.rna = :exact OR a.siret = :exactSiret', {
              exact: normalizeRna(search),
              exactSiret: normalizeSiret(search),
            }),
        ),
      );
    }
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /**
   * Public registration: the structure (PENDING) and its first member (role ASSOCIATION), in one
   * transaction. Every invalid field is reported at once; nothing is written on any error.
   */
  async register(input: RegisterAssociationInput): Promise<Association> {
    const errors: FieldError[] = [];
    const rna = input.rna?.trim() ? normalizeRna(input.rna) : null;
    const siret = input.siret?.trim() ? normalizeSiret(input.siret) : null;
    if (!rna && !siret) {
      errors.push({ field: 'rna', messages: ['numéro RNA ou SIRET obligatoire (au moins l’un des deux)'] });
    }
    const rnaIssue = rna ? rnaProblem(rna) : null;
    if (rnaIssue) errors.push({ field: 'rna', messages: [rnaIssue] });
    const siretIssue = siret ? siretProblem(siret) : null;
    if (siretIssue) errors.push({ field: 'siret', messages: [siretIssue] });
    const memberEmail = normalizeEmail(input.member.email);
    const passwordIssues = passwordProblems(input.member.password, memberEmail);
    if (passwordIssues.length) errors.push({ field: 'member.password', messages: passwordIssues });
    // A former code is accepted and stored as the current commune's.
    let communeCode = input.communeCode;
    await this.collect(errors, async () => {
      communeCode = (await this.referentials.requireCommune('communeCode', input.communeCode)).inseeCode;
    });
    await this.collect(errors, () => this.referentials.requireDomains('domainCodes', input.domainCodes));
    if (errors.length) throw AppException.badInput(`Données invalides : ${describeFieldErrors(errors)}`, errors);

    const id = await this.unitOfWork.run(async (tx) => {
      await this.refuseDuplicateIdentifiers(tx, rna, siret);
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(Association)
        .values({
          name: input.name,
          rna,
          siret,
          description: input.description || null,
          address: input.address,
          communeCode,
          email: normalizeEmail(input.email),
          phone: formatFrenchPhone(input.phone),
          domainCodes: input.domainCodes,
          welcomeContactName: input.welcomeContact.name,
          welcomeContactEmail: normalizeEmail(input.welcomeContact.email),
          welcomeContactPhone: input.welcomeContact.phone ? formatFrenchPhone(input.welcomeContact.phone) : null,
          status: AssociationStatus.PENDING,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const row = inserted.raw[0] as { id: string } | undefined;
      // A concurrent registration with the same RNA or SIRET won the race.
      if (!row) {
        throw duplicate(rna ? 'rna' : 'siret', 'Une association est déjà inscrite avec ce numéro RNA ou SIRET.');
      }
      const associationId = row.id;
      try {
        await this.users.createWithin(
          tx,
          {
            email: memberEmail,
            password: input.member.password,
            role: Role.ASSOCIATION,
            firstName: input.member.firstName,
            lastName: input.member.lastName,
            phone: input.member.phone ? formatFrenchPhone(input.member.phone) : null,
            associationId,
          },
          { welcomeMail: false },
        );
      } catch (error) {
        // The member's fields are nested under `member` in this input.
        if (error instanceof AppException && error.code === ErrorCode.CONFLICT) {
          throw duplicate('member.email', 'Un compte Tremplin existe déjà avec l’adresse e-mail du membre.');
        }
        throw error;
      }
      await this.mailer.queue(tx, {
        idempotencyKey: `association:${associationId}:registered`,
        template: ASSOCIATION_REGISTERED_MAIL,
        to: memberEmail,
        data: {
          firstName: input.member.firstName,
          associationName: input.name,
          email: memberEmail,
          appUrl: this.config.APP_URL,
        },
      });
      return associationId;
    });
    this.logger.log({ event: 'association.registered', associationId: id });
    return this.findById(id);
  }

  /** The service Insertion validates or rejects (with a reason) a registration; members are told by email. */
  async decide(viewer: AuthUser, input: ValidateAssociationInput): Promise<Association> {
    const reason = input.reason?.trim() || null;
    if (input.decision === AssociationDecisionKind.REJECTED && !reason) {
      throw AppException.invalidField('reason', 'le motif du refus est obligatoire');
    }
    const decision =
      input.decision === AssociationDecisionKind.VALIDATED ? AssociationStatus.VALIDATED : AssociationStatus.REJECTED;
    await this.unitOfWork.run(async (tx) => {
      const association = await tx.manager.findOne(Association, {
        where: { id: input.associationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!association) throw AppException.notFound(ASSOCIATION_NOT_FOUND);
      const problem = associationDecisionProblem(association.status, decision);
      if (problem) throw AppException.invalidTransition(problem, association.status);
      const now = this.clock.now();
      await tx.manager.update(Association, association.id, {
        status: decision,
        rejectionReason: decision === AssociationStatus.REJECTED ? reason : null,
        decidedAt: now,
        decidedById: viewer.id,
      });
      for (const member of await this.membership.members(association.id)) {
        await this.mailer.queue(tx, {
          idempotencyKey: `association:${association.id}:${decision.toLowerCase()}:${now.getTime()}:${member.id}`,
          template: decision === AssociationStatus.VALIDATED ? ASSOCIATION_VALIDATED_MAIL : ASSOCIATION_REJECTED_MAIL,
          to: member.email,
          data: {
            firstName: member.firstName,
            associationName: association.name,
            reason: decision === AssociationStatus.REJECTED ? reason : null,
            appUrl: this.config.APP_URL,
          },
        });
      }
    });
    this.logger.log({ event: 'association.decided', associationId: input.associationId, decision, userId: viewer.id });
    return this.findById(input.associationId);
  }

  /** A member (or the service Insertion) edits the structure; only the fields sent change. */
  async update(viewer: AuthUser, id: string, input: UpdateAssociationInput): Promise<Association> {
    if (viewer.role === Role.ASSOCIATION && viewer.associationId !== id)
      throw AppException.forbidden(OTHER_ASSOCIATION);
    const errors: FieldError[] = [];
    let communeCode: string | undefined;
    if (input.communeCode !== undefined) {
      await this.collect(errors, async () => {
        communeCode = (await this.referentials.requireCommune('communeCode', input.communeCode as string)).inseeCode;
      });
    }
    if (input.domainCodes !== undefined) {
      await this.collect(errors, () => this.referentials.requireDomains('domainCodes', input.domainCodes ?? []));
    }
    if (errors.length) throw AppException.badInput(`Données invalides : ${describeFieldErrors(errors)}`, errors);
    const columns: EditableColumns = {};
    if (input.name !== undefined) columns.name = input.name;
    if (input.description !== undefined) columns.description = input.description || null;
    if (input.address !== undefined) columns.address = input.address;
    if (communeCode !== undefined) columns.communeCode = communeCode;
    if (input.email !== undefined) columns.email = normalizeEmail(input.email);
    if (input.phone !== undefined) columns.phone = formatFrenchPhone(input.phone);
    if (input.domainCodes !== undefined) columns.domainCodes = input.domainCodes;
    if (input.welcomeContact !== undefined) {
      columns.welcomeContactName = input.welcomeContact.name;
      columns.welcomeContactEmail = normalizeEmail(input.welcomeContact.email);
      columns.welcomeContactPhone = input.welcomeContact.phone ? formatFrenchPhone(input.welcomeContact.phone) : null;
    }
    await this.unitOfWork.run(async (tx) => {
      const association = await tx.manager.findOne(Association, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!association) throw AppException.notFound(ASSOCIATION_NOT_FOUND);
      if (Object.keys(columns).length) await tx.manager.update(Association, id, columns);
    });
    this.logger.log({
      event: 'association.updated',
      associationId: id,
      userId: viewer.id,
      fields: Object.keys(columns),
    });
    return this.findById(id);
  }

  /**
   * A member invites a colleague to the association's accounts (the service Insertion may too): the
   * account is opened without a password and, in the same transaction, the invitation email with
   * the single-use link where the person chooses it. CONFLICT on `email` when the address already
   * has an account (of any role); nothing is written then.
   */
  async inviteMember(viewer: AuthUser, input: InviteAssociationMemberInput): Promise<User> {
    if (viewer.role === Role.ASSOCIATION && viewer.associationId !== input.associationId) {
      throw AppException.forbidden(OTHER_ASSOCIATION);
    }
    const userId = await this.unitOfWork.run(async (tx) => {
      const association = await tx.manager.findOneBy(Association, { id: input.associationId });
      if (!association) throw AppException.notFound(ASSOCIATION_NOT_FOUND);
      let invitation;
      try {
        invitation = await this.users.inviteWithin(tx, {
          email: input.email,
          role: Role.ASSOCIATION,
          firstName: input.firstName,
          lastName: input.lastName,
          phone: input.phone ? formatFrenchPhone(input.phone) : null,
          associationId: association.id,
        });
      } catch (error) {
        if (error instanceof AppException && error.code === ErrorCode.CONFLICT) {
          throw duplicate('email', 'Un compte Tremplin existe déjà avec cette adresse e-mail.');
        }
        throw error;
      }
      await this.mailer.queue(tx, {
        idempotencyKey: `user:${invitation.userId}:association-invitation`,
        template: ASSOCIATION_MEMBER_INVITED_MAIL,
        to: invitation.email,
        data: {
          firstName: input.firstName.trim(),
          inviterName:
            viewer.role === Role.ADMIN
              ? 'Le service Insertion du Département'
              : `${viewer.firstName} ${viewer.lastName}`,
          associationName: association.name,
          email: invitation.email,
          passwordUrl: invitation.passwordUrl,
          validity: invitation.validity,
        },
      });
      return invitation.userId;
    });
    this.logger.log({
      event: 'association.member-invited',
      associationId: input.associationId,
      userId,
      invitedBy: viewer.id,
    });
    return this.membership.member(userId);
  }

  private async refuseDuplicateIdentifiers(tx: Transaction, rna: string | null, siret: string | null): Promise<void> {
    if (rna && (await tx.manager.existsBy(Association, { rna }))) {
      throw duplicate('rna', 'Une association est déjà inscrite avec ce numéro RNA.');
    }
    if (siret && (await tx.manager.existsBy(Association, { siret }))) {
      throw duplicate('siret', 'Une association est déjà inscrite avec ce numéro SIRET.');
    }
  }

  private async collect(errors: FieldError[], check: () => Promise<unknown>): Promise<void> {
    try {
      await check();
    } catch (error) {
      if (!(error instanceof AppException) || error.code !== ErrorCode.BAD_USER_INPUT) throw error;
      errors.push(...(error.extra.fields ?? []));
    }
  }
}

/** CONFLICT naming the field at fault, so that the sign-up form shows the message next to it. */
function duplicate(field: string, message: string): AppException {
  return new AppException(ErrorCode.CONFLICT, message, { fields: [{ field, messages: [message] }] });
}
