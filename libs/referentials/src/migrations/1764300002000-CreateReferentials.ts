import { MigrationInterface, QueryRunner } from 'typeorm';
import { AIN_COMMUNES_2018 as AIN_COMMUNES } from '../data/ain-communes-2018.data';
import { COMPETENCIES } from '../data/competencies.data';
import { JOBS } from '../data/jobs.data';
import { MISSION_DOMAINS } from '../data/mission-domains.data';
import { AIN_TERRITORIES } from '../data/territories.data';
import { nearestTerritory } from '../domain/nearest-territory';

/**
 * Reference tables and their first content: the CDS, the 407 communes of the Ain (each given the
 * CDS whose catchment point is nearest), mission domains, competencies and target jobs.
 * Later changes to this content are new migrations, never edits of this one.
 */
export class CreateReferentials1764300002000 implements MigrationInterface {
  name = 'CreateReferentials1764300002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE commune (
        insee_code text NOT NULL,
        name text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        territory_id uuid NOT NULL,
        CONSTRAINT pk_commune_insee_code PRIMARY KEY (insee_code),
        CONSTRAINT fk_commune_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
        CONSTRAINT ck_commune_latitude CHECK (latitude BETWEEN -90 AND 90),
        CONSTRAINT ck_commune_longitude CHECK (longitude BETWEEN -180 AND 180)
      )`);
    await queryRunner.query(`CREATE INDEX ix_commune_territory ON commune (territory_id)`);
    await queryRunner.query(
      `CREATE INDEX ix_commune_name_trgm ON commune USING gin (immutable_unaccent(lower(name)) gin_trgm_ops)`,
    );
    await queryRunner.query(`
      CREATE TABLE mission_domain (
        code text NOT NULL,
        label text NOT NULL,
        description text NOT NULL,
        sort_order integer NOT NULL,
        CONSTRAINT pk_mission_domain_code PRIMARY KEY (code)
      )`);
    await queryRunner.query(`
      CREATE TABLE competency (
        code text NOT NULL,
        label text NOT NULL,
        category text NOT NULL,
        sort_order integer NOT NULL,
        CONSTRAINT pk_competency_code PRIMARY KEY (code),
        CONSTRAINT ck_competency_category CHECK (category IN ('SAVOIR_ETRE', 'TRANSVERSAL', 'PRATIQUE'))
      )`);
    await queryRunner.query(`
      CREATE TABLE job (
        rome_code text NOT NULL,
        label text NOT NULL,
        CONSTRAINT pk_job_rome_code PRIMARY KEY (rome_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE job_competency (
        job_code text NOT NULL,
        competency_code text NOT NULL,
        CONSTRAINT pk_job_competency PRIMARY KEY (job_code, competency_code),
        CONSTRAINT fk_job_competency_job FOREIGN KEY (job_code) REFERENCES job (rome_code) ON DELETE CASCADE,
        CONSTRAINT fk_job_competency_competency FOREIGN KEY (competency_code) REFERENCES competency (code)
      )`);

    for (const territory of AIN_TERRITORIES) {
      await queryRunner.query(`INSERT INTO territory (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        territory.code,
        territory.name,
      ]);
    }
    for (const [inseeCode, name, latitude, longitude] of AIN_COMMUNES) {
      const territory = nearestTerritory(latitude, longitude, AIN_TERRITORIES);
      await queryRunner.query(
        `INSERT INTO commune (insee_code, name, latitude, longitude, territory_id)
         SELECT $1, $2, $3, $4, id FROM territory WHERE code = $5`,
        [inseeCode, name, latitude, longitude, territory.code],
      );
    }
    for (const [index, domain] of MISSION_DOMAINS.entries()) {
      await queryRunner.query(
        `INSERT INTO mission_domain (code, label, description, sort_order) VALUES ($1, $2, $3, $4)`,
        [domain.code, domain.label, domain.description, index],
      );
    }
    for (const [index, competency] of COMPETENCIES.entries()) {
      await queryRunner.query(`INSERT INTO competency (code, label, category, sort_order) VALUES ($1, $2, $3, $4)`, [
        competency.code,
        competency.label,
        competency.category,
        index,
      ]);
    }
    for (const job of JOBS) {
      await queryRunner.query(`INSERT INTO job (rome_code, label) VALUES ($1, $2)`, [job.romeCode, job.label]);
      for (const code of job.competencies) {
        await queryRunner.query(`INSERT INTO job_competency (job_code, competency_code) VALUES ($1, $2)`, [
          job.romeCode,
          code,
        ]);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_competency`);
    await queryRunner.query(`DROP TABLE job`);
    await queryRunner.query(`DROP TABLE competency`);
    await queryRunner.query(`DROP TABLE mission_domain`);
    await queryRunner.query(`DROP TABLE commune`);
    // The territories staff accounts belong to stay (accounts are identity's, below this migration).
    await queryRunner.query(
      `DELETE FROM territory t WHERE t.code = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.territory_id = t.id)`,
      [AIN_TERRITORIES.map((t) => t.code)],
    );
  }
}
