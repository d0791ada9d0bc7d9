import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, AppException, Clock, ErrorCode } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Repository } from 'typeorm';
import { normalizeEmail } from './domain/password-policy';
import { AuthPayload } from './dto/login.input';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { User } from './user.entity';

interface TokenClaims {
  sub: string;
  role: string;
  /** The account's credentials version when the session opened (absent in sessions of older builds: 0). */
  cv?: number;
}

const WRONG_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect, ou compte désactivé.';
const SESSION_ENDED = 'Session invalide ou expirée : reconnectez-vous.';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Wrong password, unknown email and disabled account all get the same error and take the
   * same time (a decoy hash is verified), so that the login form reveals no account. After a few
   * wrong passwords the account makes each further attempt wait (LoginThrottle), whoever sends it.
   */
  async login(email: string, password: string): Promise<AuthPayload> {
    const normalized = normalizeEmail(email);
    await this.throttle.assertMayTry(normalized);
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.territory', 'territory')
      .where('user.email = :email', { email: normalized })
      .getOne();
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || user.disabledAt) {
      await this.throttle.recordFailure(normalized);
      this.logger.warn({ event: 'auth.login_failed' });
      throw new AppException(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(normalized);
    await this.users.update(user.id, { lastLoginAt: this.clock.now() });
    this.logger.log({ event: 'auth.login', userId: user.id });
    return this.issueSession(user);
  }

  /** A new session token for an account (after login, or after its holder changed the password). */
  async issueSession(user: User): Promise<AuthPayload> {
    const token = await this.jwt.signAsync({
      sub: user.id,
      role: user.role,
      cv: user.credentialsVersion,
    } satisfies TokenClaims);
    const expiresAt = new Date(this.clock.now().getTime() + this.config.JWT_TTL_SECONDS * 1000);
    return { token, expiresAt, user };
  }

  /**
   * The user behind a session token, or UNAUTHENTICATED: invalid, expired, disabled account, or a
   * session opened before the latest password change.
   */
  async authenticate(token: string): Promise<AuthUser> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new AppException(ErrorCode.UNAUTHENTICATED, SESSION_ENDED);
    }
    const user = await this.users.findOneBy({ id: claims.sub });
    if (!user || user.disabledAt || (claims.cv ?? 0) !== user.credentialsVersion) {
      throw new AppException(ErrorCode.UNAUTHENTICATED, SESSION_ENDED);
    }
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      firstName: user.firstName,
      lastName: user.lastName,
      territoryId: user.territoryId,
      isTerritoryManager: user.isTerritoryManager,
      associationId: user.associationId,
    };
  }
}
