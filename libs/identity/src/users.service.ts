import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AppConfig,
  AppException,
  Clock,
  Connection,
  Mailer,
  Role,
  UnitOfWork,
  pageWindow,
  toConnection,
} from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { Brackets, IsNull, Repository } from 'typeorm';
import { normalizeEmail, passwordProblems } from './domain/password-policy';
import { applyUserChange, userChangeProblems } from './domain/user-changes';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { ROLE_LABELS, WELCOME_MAIL } from './identity.mail';
import { PasswordHasher } from './password-hasher';
import { PASSWORD_LINK_VALIDITY, PasswordLinks } from './password-links';
import { Territory } from './territory.entity';
import { User } from './user.entity';

/** An account opened without a password, and the link where its owner chooses one. */
export interface StaffInvitation {
  userId: string;
  email: string;
  passwordUrl: string;
  /** « 7 jours » */
  validity: string;
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly passwordLinks: PasswordLinks,
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id }, relations: { territory: true } });
    if (!user) throw AppException.notFound('Utilisateur introuvable.');
    return user;
  }

  async list(args: UsersArgs): Promise<Connection<User>> {
    const { skip, take } = pageWindow(args);
    const query = this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.territory', 'territory')
      .orderBy('user.lastName', 'ASC')
      .addOrderBy('user.firstName', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .skip(skip)
      .take(take);
    if (args.role) query.andWhere('user.role = :role', { role: args.role });
    if (args.territoryId) query.andWhere('user.territoryId = :territoryId', { territoryId: args.territoryId });
    if (args.search?.trim()) {
      const pattern = `%${args.search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where('immutable_unaccent(user.lastName) ILIKE immutable_unaccent(:pattern)', { pattern })
            .orWhere('immutable_unaccent(user.firstName) ILIKE immutable_unaccent(:pattern)', { pattern })
            .orWhere('user.email ILIKE :pattern', { pattern }),
        ),
      );
    }
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /**
   * Opens a staff account and, in the same transaction, the invitation email whose link lets the
   * person choose their own password (the administrator never chooses or sees it).
   */
  async create(input: CreateUserInput): Promise<User> {
    this.checkRoleFields(input);
    const id = await this.unitOfWork.run((tx) => this.insert(tx, input, null, { welcomeMail: true }));
    this.logger.log({ event: 'user.created', userId: id, role: input.role });
    return this.get(id);
  }

  /**
   * For other domains (an association registering its first member, who chose a password on the
   * sign-up form): validates and creates the account in the caller's transaction; returns its id.
   */
  async createWithin(
    tx: Transaction,
    input: CreateUserInput & { password: string },
    options: { welcomeMail: boolean },
  ): Promise<string> {
    this.checkRoleFields(input);
    const problems = passwordProblems(input.password, normalizeEmail(input.email));
    if (problems.length > 0) {
      throw AppException.badInput(`Données invalides : password : ${problems.join(', ')}`, [
        { field: 'password', messages: problems },
      ]);
    }
    const id = await this.insert(tx, input, await this.hasher.hash(input.password), options);
    this.logger.log({ event: 'user.created', userId: id, role: input.role });
    return id;
  }

  /**
   * For other domains that invite a person (a member of an association inviting a colleague): opens
   * the account without a password in the caller's transaction and returns the single-use link to
   * the console page where the person chooses it, as the administrator's invitation does. The
   * caller queues its own email with the link, in the same transaction. CONFLICT on a taken email.
   */
  async inviteWithin(tx: Transaction, input: CreateUserInput): Promise<StaffInvitation> {
    this.checkRoleFields(input);
    const id = await this.insert(tx, input, null, { welcomeMail: false });
    this.logger.log({ event: 'user.created', userId: id, role: input.role });
    return {
      userId: id,
      email: normalizeEmail(input.email),
      passwordUrl: this.passwordLinks.url({ userId: id, credentialsVersion: 0 }, PASSWORD_LINK_VALIDITY.invitation.ms),
      validity: PASSWORD_LINK_VALIDITY.invitation.label,
    };
  }

  /** Checks what the input validators cannot. */
  private checkRoleFields(input: CreateUserInput): void {
    if (input.role === Role.ASSOCIATION && !input.associationId) {
      throw AppException.invalidField('associationId', 'est obligatoire pour un membre d’association');
    }
    if (input.role !== Role.ASSOCIATION && input.associationId) {
      throw AppException.invalidField('associationId', 'est réservé au rôle ASSOCIATION');
    }
    if (input.isTerritoryManager && !input.territoryId) {
      throw AppException.invalidField('territoryId', 'est obligatoire pour un responsable de territoire');
    }
  }

  private async insert(
    tx: Transaction,
    input: CreateUserInput,
    passwordHash: string | null,
    options: { welcomeMail: boolean },
  ): Promise<string> {
    const email = normalizeEmail(input.email);
    if (input.territoryId && !(await tx.manager.existsBy(Territory, { id: input.territoryId }))) {
      throw AppException.invalidField('territoryId', 'territoire inconnu');
    }
    if (input.associationId) {
      // The association table belongs to the associations domain (which depends on this one).
      const rows: unknown[] = await tx.manager.query(`SELECT 1 FROM association WHERE id = $1`, [input.associationId]);
      if (rows.length === 0) throw AppException.invalidField('associationId', 'association inconnue');
    }
    const inserted = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({
        email,
        passwordHash,
        passwordSetAt: passwordHash ? this.clock.now() : null,
        role: input.role,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        phone: input.phone ?? null,
        territoryId: input.territoryId ?? null,
        isTerritoryManager: input.isTerritoryManager ?? false,
        associationId: input.associationId ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = inserted.raw[0] as { id: string } | undefined;
    if (!row) throw AppException.conflict('Un compte existe déjà avec cette adresse e-mail.');
    if (options.welcomeMail) {
      await this.mailer.queue(tx, {
        idempotencyKey: `user:${row.id}:welcome`,
        template: WELCOME_MAIL,
        to: email,
        data: {
          firstName: input.firstName.trim(),
          roleLabel: ROLE_LABELS[input.role],
          email,
          passwordUrl: this.passwordLinks.url(
            { userId: row.id, credentialsVersion: 0 },
            PASSWORD_LINK_VALIDITY.invitation.ms,
          ),
          validity: PASSWORD_LINK_VALIDITY.invitation.label,
        },
      });
    }
    return row.id;
  }

  async disable(id: string, by: { id: string }): Promise<User> {
    if (id === by.id) throw AppException.forbidden('Vous ne pouvez pas désactiver votre propre compte.');
    const result = await this.users.update({ id, disabledAt: IsNull() }, { disabledAt: this.clock.now() });
    if (!result.affected && !(await this.users.existsBy({ id })))
      throw AppException.notFound('Utilisateur introuvable.');
    return this.get(id);
  }

  /** Changes an account's role, territory or manager flag (rules in `domain/user-changes.ts`). */
  async update(id: string, input: UpdateUserInput, by: { id: string }): Promise<User> {
    const current = await this.get(id);
    const problems = userChangeProblems(current, input, by);
    if (problems.length > 0) {
      throw AppException.badInput(
        `Données invalides : ${problems.map((p) => `${p.field} : ${p.message}`).join(' ; ')}`,
        problems.map((p) => ({ field: p.field, messages: [p.message] })),
      );
    }
    const next = applyUserChange(current, input);
    if (next.territoryId && !(await this.users.manager.existsBy(Territory, { id: next.territoryId }))) {
      throw AppException.invalidField('territoryId', 'territoire inconnu');
    }
    await this.users.update(
      { id },
      { role: next.role, territoryId: next.territoryId, isTerritoryManager: next.isTerritoryManager },
    );
    this.logger.log({ event: 'user.updated', userId: id, role: next.role });
    return this.get(id);
  }

  /** Gives a disabled account its access back (its holder logs in again). */
  async enable(id: string): Promise<User> {
    const result = await this.users.update({ id }, { disabledAt: null });
    if (!result.affected) throw AppException.notFound('Utilisateur introuvable.');
    this.logger.log({ event: 'user.enabled', userId: id });
    return this.get(id);
  }

  /** Whether the active account of `email` opens with `password` (what `npm start` prints must work). */
  async opensWith(email: string, password: string): Promise<boolean> {
    const user = await this.users.findOne({
      select: { id: true, passwordHash: true },
      where: { email: normalizeEmail(email), disabledAt: IsNull() },
    });
    return user?.passwordHash ? this.hasher.verify(user.passwordHash, password) : false;
  }

  /** Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD when no administrator exists yet. */
  async ensureFirstAdmin(): Promise<'created' | 'exists' | 'not-configured'> {
    if (!this.config.ADMIN_EMAIL || !this.config.ADMIN_PASSWORD) return 'not-configured';
    if (await this.users.existsBy({ role: Role.ADMIN })) return 'exists';
    const passwordHash = await this.hasher.hash(this.config.ADMIN_PASSWORD);
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({
        email: normalizeEmail(this.config.ADMIN_EMAIL),
        passwordHash,
        passwordSetAt: this.clock.now(),
        role: Role.ADMIN,
        firstName: 'Administrateur',
        lastName: 'Tremplin',
      })
      .orIgnore()
      .execute();
    const created = (result.identifiers.filter(Boolean).length ?? 0) > 0 && result.raw.length > 0;
    if (created) this.logger.log({ event: 'user.first_admin_created' });
    return created ? 'created' : 'exists';
  }
}
