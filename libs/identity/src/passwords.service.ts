import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, Clock, InvalidLinkException, Mailer, UnitOfWork } from '@tremplin/core';
import { IsNull, Repository } from 'typeorm';
import { normalizeEmail, passwordProblems } from './domain/password-policy';
import { PASSWORD_RESET_MAIL } from './identity.mail';
import { PASSWORD_LINK_VALIDITY, PasswordLinks } from './password-links';
import { PasswordHasher } from './password-hasher';
import { User } from './user.entity';

/** One reset email per account per window, however many times the form is sent. */
const RESET_MAIL_WINDOW_MS = 5 * 60 * 1000;

export interface PasswordLinkInfo {
  firstName: string;
  email: string;
  /** The person has never chosen a password (invitation) rather than forgotten it. */
  firstPassword: boolean;
}

/** Choosing, resetting and changing passwords. Only the holder of an account ever sets its password. */
@Injectable()
export class PasswordsService {
  private readonly logger = new Logger(PasswordsService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly links: PasswordLinks,
    private readonly mailer: Mailer,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /**
   * « Mot de passe oublié » : emails a single-use link valid one hour to an active account. The
   * caller learns nothing either way (same answer for an unknown or disabled address).
   */
  async requestReset(email: string): Promise<void> {
    const user = await this.users.findOneBy({ email: normalizeEmail(email), disabledAt: IsNull() });
    if (!user) {
      this.logger.log({ event: 'auth.password_reset_unknown' });
      return;
    }
    const window = Math.floor(this.clock.now().getTime() / RESET_MAIL_WINDOW_MS);
    await this.unitOfWork.run((tx) =>
      this.mailer.queue(tx, {
        idempotencyKey: `user:${user.id}:password-reset:${user.credentialsVersion}:${window}`,
        template: PASSWORD_RESET_MAIL,
        to: user.email,
        data: {
          firstName: user.firstName,
          passwordUrl: this.links.url(
            { userId: user.id, credentialsVersion: user.credentialsVersion },
            PASSWORD_LINK_VALIDITY.reset.ms,
          ),
          validity: PASSWORD_LINK_VALIDITY.reset.label,
        },
      }),
    );
    this.logger.log({ event: 'auth.password_reset_requested', userId: user.id });
  }

  /** Who a password link is for, so that the page greets them (INVALID_LINK when it is spent or dead). */
  async inspectLink(token: string): Promise<PasswordLinkInfo> {
    const user = await this.accountOfLink(token);
    return { firstName: user.firstName, email: user.email, firstPassword: user.passwordSetAt === null };
  }

  /**
   * Sets the password from an invitation or reset link. The update is conditional on the link's
   * version, so two submissions of one link set the password once (the second gets INVALID_LINK).
   */
  async choosePassword(token: string, password: string): Promise<User> {
    const user = await this.accountOfLink(token);
    this.assertAcceptable(password, user.email, 'password');
    const changed = await this.store(user, password);
    if (!changed) throw new InvalidLinkException('expired');
    this.logger.log({ event: 'auth.password_chosen', userId: user.id });
    return this.users.findOneByOrFail({ id: user.id });
  }

  /** Changes the password of a logged-in person, who proves it by typing the current one. */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<User> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :userId', { userId })
      .getOneOrFail();
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw AppException.invalidField('currentPassword', 'le mot de passe actuel est incorrect');
    }
    this.assertAcceptable(newPassword, user.email, 'newPassword');
    if (await this.hasher.verify(user.passwordHash, newPassword)) {
      throw AppException.invalidField('newPassword', "doit être différent de l'actuel");
    }
    if (!(await this.store(user, newPassword))) {
      throw AppException.conflict('Le mot de passe vient d’être changé ailleurs : reconnectez-vous.');
    }
    this.logger.log({ event: 'auth.password_changed', userId: user.id });
    return this.users.findOneByOrFail({ id: user.id });
  }

  private async accountOfLink(token: string): Promise<User> {
    const subject = this.links.verify(token);
    const user = await this.users.findOneBy({ id: subject.userId });
    if (!user || user.disabledAt || user.credentialsVersion !== subject.credentialsVersion) {
      throw new InvalidLinkException('expired');
    }
    return user;
  }

  private assertAcceptable(password: string, email: string, field: string): void {
    const problems = passwordProblems(password, email);
    if (problems.length > 0) {
      throw AppException.badInput(`Données invalides : ${field} : ${problems.join(', ')}`, [
        { field, messages: problems },
      ]);
    }
  }

  /** Stores the hash and raises the version (ending other sessions) if nobody did in between. */
  private async store(user: User, password: string): Promise<boolean> {
    const passwordHash = await this.hasher.hash(password);
    const result = await this.users
      .createQueryBuilder()
      .update(User)
      .set({
        passwordHash,
        passwordSetAt: this.clock.now(),
        credentialsVersion: () => 'credentials_version + 1',
      })
      .where('id = :id AND credentials_version = :version', { id: user.id, version: user.credentialsVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
