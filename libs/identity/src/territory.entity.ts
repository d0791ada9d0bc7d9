import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A Centre Départemental de la Solidarité (CDS): the unit of territory of the Département. */
@ObjectType({ description: 'Territoire : un Centre Départemental de la Solidarité (CDS)' })
@Entity('territory')
@Unique('uq_territory_code', ['code'])
@Unique('uq_territory_name', ['name'])
export class Territory {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Code court et stable, par exemple CDS-OYONNAX' })
  @Column({ type: 'text' })
  code: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
