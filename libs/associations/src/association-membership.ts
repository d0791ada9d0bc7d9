import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { IsNull, Repository } from 'typeorm';

/** The association a signed-in user acts for: set only for an ASSOCIATION member. */
export function associationIdOf(
  user: { role: Role | string; associationId: string | null } | undefined,
): string | null {
  return user && user.role === Role.ASSOCIATION ? user.associationId : null;
}

/**
 * Who belongs to which association. Members are the active ASSOCIATION users whose
 * `associationId` points to it (one association per member).
 */
@Injectable()
export class AssociationMembership {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  associationIdOf = associationIdOf;

  /** True when the user is an active member of the association. */
  isMember(userId: string, associationId: string): Promise<boolean> {
    return this.users.existsBy({ id: userId, associationId, role: Role.ASSOCIATION, disabledAt: IsNull() });
  }

  /** The active members of an association (to notify them). */
  members(associationId: string): Promise<User[]> {
    return this.users.find({
      where: { associationId, role: Role.ASSOCIATION, disabledAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
  }
}
