// Associations: the host structures (« structures d'accueil ») that post volunteer missions, their
// registration, validation by the service Insertion, their members and their welcome contact.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@tremplin/identity';
import { ReferentialsModule } from '@tremplin/referentials';
import { AssociationMembership } from './association-membership';
import { Association } from './association.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Association]), IdentityModule, ReferentialsModule],
  providers: [AssociationMembership],
  exports: [AssociationMembership, TypeOrmModule],
})
export class AssociationsModule {}
