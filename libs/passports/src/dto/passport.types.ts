import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@tremplin/core';
import { EngagementStatus } from '../domain/engagement-status';
import { PassportAttestor, PassportCompetency } from './attestation.inputs';
import './passport.enums';

@ObjectType({ description: 'Une mission du passeport, avec les compétences attestées' })
export class PassportEntryView {
  @Field(() => ID)
  engagementId: string;

  @Field()
  missionTitle: string;

  @Field({ description: 'Structure d’accueil' })
  hostName: string;

  @Field(() => String, { nullable: true })
  hostCommune: string | null;

  @Field(() => EngagementStatus)
  status: EngagementStatus;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate: string | null;

  @Field(() => Int, { nullable: true })
  hoursDone: number | null;

  @Field(() => Int)
  plannedHours: number;

  @Field(() => [PassportCompetency])
  competencies: PassportCompetency[];

  @Field(() => [PassportAttestor])
  attestors: PassportAttestor[];
}

@ObjectType({ description: 'Passeport Bénévole : les compétences attestées au fil des missions' })
export class PassportView {
  @Field(() => ID)
  beneficiaryId: string;

  @Field({ description: 'Prénom et nom de la personne' })
  holderName: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Date de la première attestation (null : pas encore de passeport)',
  })
  issuedAt: Date | null;

  @Field(() => [PassportEntryView])
  entries: PassportEntryView[];

  @Field(() => String, {
    nullable: true,
    description: 'Adresse du PDF pour l’équipe (connexion requise), null tant qu’aucune compétence n’est attestée',
  })
  pdfUrl: string | null;
}
