// Associations: the host structures (« structures d'accueil ») that post volunteer missions, their
// registration, validation by the service Insertion, their members and their welcome contact.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@tremplin/identity';
import { ReferentialsModule } from '@tremplin/referentials';
import { AssociationLoaders } from './association-loaders';
import { AssociationMembership } from './association-membership';
import { Association } from './association.entity';
import { AssociationsResolver } from './associations.resolver';
import { AssociationsService } from './associations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Association]), IdentityModule, ReferentialsModule],
  providers: [AssociationMembership, AssociationsService, AssociationLoaders, AssociationsResolver],
  exports: [AssociationMembership, AssociationsService, AssociationLoaders, TypeOrmModule],
})
export class AssociationsModule {}
