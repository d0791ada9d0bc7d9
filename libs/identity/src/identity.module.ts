// Identity: staff users, their roles and territories (CDS), login and the guard that checks
// every operation. Beneficiaries have no account here: they act through signed links.
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@tremplin/core';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { IdentityResolver } from './identity.resolver';
import { PasswordHasher } from './password-hasher';
import { Territory } from './territory.entity';
import { TerritoriesService } from './territories.service';
import { User } from './user.entity';
import { UsersService } from './users.service';
import { LoginThrottle } from './login-throttle';
import { PasswordLinks } from './password-links';
import { PasswordsService } from './passwords.service';
import { SessionCookie } from './session-cookie';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, Territory]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    PasswordHasher,
    LoginThrottle,
    PasswordLinks,
    SessionCookie,
    AuthService,
    PasswordsService,
    UsersService,
    TerritoriesService,
    IdentityResolver,
  ],
  exports: [AuthService, UsersService, TerritoriesService, TypeOrmModule],
})
export class IdentityModule {}

/** The guard is registered by the API only (the worker has no incoming requests). */
export const AUTH_GUARD_PROVIDER = { provide: APP_GUARD, useClass: AuthGuard };
