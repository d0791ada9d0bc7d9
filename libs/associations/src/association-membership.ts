import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { EntityManager, IsNull, Repository } from 'typeorm';

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

  /** One account of an association member, by id. */
  member(userId: string): Promise<User> {
    return this.users.findOneOrFail({ where: { id: userId, role: Role.ASSOCIATION }, relations: { territory: true } });
  }

  /** The active members of an association (to notify them), read in the caller's transaction when given. */
  members(associationId: string, manager: EntityManager = this.users.manager): Promise<User[]> {
    return manager.find(User, {
      where: { associationId, role: Role.ASSOCIATION, disabledAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
  }
}
