import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, AppException, Clock, ErrorCode } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Repository } from 'typeorm';
import { normalizeEmail } from './domain/password-policy';
import { AuthPayload } from './dto/login.input';
import { PasswordHasher } from './password-hasher';
import { User } from './user.entity';

interface TokenClaims {
  sub: string;
  role: string;
}

const WRONG_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect, ou compte désactivé.';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Wrong password, unknown email and disabled account all get the same error and take the
   * same time (a decoy hash is verified), so that the login form reveals no account.
   */
  async login(email: string, password: string): Promise<AuthPayload> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.territory', 'territory')
      .where('user.email = :email', { email: normalizeEmail(email) })
      .getOne();
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || user.disabledAt) {
      this.logger.warn({ event: 'auth.login_failed' });
      throw new AppException(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    const now = this.clock.now();
    await this.users.update(user.id, { lastLoginAt: now });
    const token = await this.jwt.signAsync({ sub: user.id, role: user.role } satisfies TokenClaims);
    this.logger.log({ event: 'auth.login', userId: user.id });
    return { token, expiresAt: new Date(now.getTime() + this.config.JWT_TTL_SECONDS * 1000), user };
  }

  /** The user behind a bearer token, or an UNAUTHENTICATED error (invalid, expired, disabled). */
  async authenticate(token: string): Promise<AuthUser> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new AppException(ErrorCode.UNAUTHENTICATED, 'Session invalide ou expirée : reconnectez-vous.');
    }
    const user = await this.users.findOneBy({ id: claims.sub });
    if (!user || user.disabledAt) {
      throw new AppException(ErrorCode.UNAUTHENTICATED, 'Session invalide ou expirée : reconnectez-vous.');
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
