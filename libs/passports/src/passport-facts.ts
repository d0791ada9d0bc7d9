import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Association } from '@tremplin/associations';
import { Mission } from '@tremplin/missions';
import { Commune, Competency } from '@tremplin/referentials';
import { EntityManager, In, Repository } from 'typeorm';
import { CompetencyAttestation, PassportAttestation } from './attestation.entity';
import {
  AttestedCompetencyFact,
  EngagementFact,
  PassportEntry,
  buildPassportEntries,
} from './domain/passport-document';
import { Engagement } from './engagement.entity';

/** Reads what a passport prints: attested competencies with their missions, hosts and places. */
@Injectable()
export class PassportFacts {
  constructor(@InjectRepository(Competency) private readonly competencies: Repository<Competency>) {}

  /** Every attestation of a person (or only `attestationIds`), as passport entries. */
  async entries(
    manager: EntityManager,
    beneficiaryId: string,
    attestationIds?: readonly string[],
  ): Promise<{ entries: PassportEntry[]; attestationIds: string[] }> {
    const attestations = await manager.find(PassportAttestation, {
      where: attestationIds ? { beneficiaryId, id: In([...attestationIds]) } : { beneficiaryId },
      order: { attestedAt: 'ASC' },
    });
    if (attestations.length === 0) return { entries: [], attestationIds: [] };
    const rows = await manager.find(CompetencyAttestation, {
      where: { attestationId: In(attestations.map((a) => a.id)) },
    });
    const competencies = await this.competencies.find({ order: { sortOrder: 'ASC' } });
    const labels = new Map(competencies.map((c) => [c.code, c.label]));
    const order = new Map(competencies.map((c, index) => [c.code, index]));
    const byId = new Map(attestations.map((a) => [a.id, a]));
    const facts: AttestedCompetencyFact[] = rows.map((row) => {
      const attestation = byId.get(row.attestationId) as PassportAttestation;
      return {
        attestationId: attestation.id,
        engagementId: attestation.engagementId,
        attestedAt: attestation.attestedAt,
        attestorName: attestation.attestorName,
        attestorRole: attestation.attestorRole,
        competencyCode: row.competencyCode,
        competencyLabel: labels.get(row.competencyCode) ?? row.competencyCode,
        level: row.level,
        comment: row.comment,
      };
    });
    const engagementIds = [...new Set(attestations.map((a) => a.engagementId))];
    const engagements = await manager.find(Engagement, { where: { id: In(engagementIds) } });
    const missions = await manager.find(Mission, { where: { id: In(engagements.map((e) => e.missionId)) } });
    const hosts = await manager.find(Association, { where: { id: In(engagements.map((e) => e.associationId)) } });
    const communes = await manager.find(Commune, { where: { inseeCode: In(missions.map((m) => m.communeCode)) } });
    const missionById = new Map(missions.map((m) => [m.id, m]));
    const hostById = new Map(hosts.map((h) => [h.id, h]));
    const communeByCode = new Map(communes.map((c) => [c.inseeCode, c.name]));
    const engagementFacts: EngagementFact[] = engagements.map((engagement) => {
      const mission = missionById.get(engagement.missionId);
      return {
        engagementId: engagement.id,
        missionTitle: mission?.title ?? 'Mission bénévole',
        hostName: hostById.get(engagement.associationId)?.name ?? 'Structure d’accueil',
        hostCommune: mission ? (communeByCode.get(mission.communeCode) ?? null) : null,
        status: engagement.status,
        startDate: engagement.startDate,
        endDate: engagement.endDate,
        plannedHours: engagement.plannedHours,
        hoursDone: engagement.hoursDone,
      };
    });
    return {
      entries: buildPassportEntries(engagementFacts, facts, order),
      attestationIds: attestations.map((a) => a.id),
    };
  }
}
