import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, BeneficiaryAccess, PersonAudience, personAudience, personName } from '@tremplin/beneficiaries';
import { AppConfig, AppException, Clock, SignedLinks } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { DataSource, Repository } from 'typeorm';
import { PassportEntry, attestationSet } from './domain/passport-document';
import { generateVerificationCode, normalizeVerificationCode } from './domain/verification-code';
import { PassportView } from './dto/passport.types';
import { Passport, PassportVerification } from './passport.entity';
import { PassportFacts } from './passport-facts';
import { renderPassportPdf } from './pdf/passport-pdf';

/** Purpose of the signed link that gives a beneficiary their passport PDF. */
export const PASSPORT_LINK_PURPOSE = 'passport.download';
/** The link in the attestation email works this long (the person keeps the email to show employers). */
export const PASSPORT_LINK_DAYS = 180;

const NO_PASSPORT =
  "Aucune compétence n'a encore été attestée pour cette personne : son passeport n'existe pas encore.";

export type VerificationResult =
  | { kind: 'malformed' }
  | { kind: 'unknown'; code: string }
  | { kind: 'revoked'; code: string }
  | { kind: 'valid'; code: string; issuedAt: Date; entries: PassportEntry[] };

export interface PassportPdf {
  pdf: Buffer;
  filename: string;
  code: string;
}

/** The Passeport Bénévole: its entries, the PDF with its verification code, the public verification. */
@Injectable()
export class PassportsService {
  private readonly logger = new Logger(PassportsService.name);

  constructor(
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    @InjectRepository(Passport) private readonly passports: Repository<Passport>,
    @InjectRepository(PassportVerification) private readonly verifications: Repository<PassportVerification>,
    private readonly dataSource: DataSource,
    private readonly access: BeneficiaryAccess,
    private readonly facts: PassportFacts,
    private readonly links: SignedLinks,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The passport of a person the viewer follows (referent, territory manager, admin). */
  async view(viewer: AuthUser, beneficiaryId: string): Promise<PassportView> {
    const beneficiary = await this.access.readable(viewer, beneficiaryId);
    const passport = await this.passports.findOneBy({ beneficiaryId });
    const { entries } = await this.facts.entries(this.dataSource.manager, beneficiaryId);
    return {
      beneficiaryId,
      holderName: personName(beneficiary, personAudience(viewer, { beneficiary })),
      issuedAt: passport?.issuedAt ?? null,
      entries: entries.map((entry) => ({
        ...entry,
        competencies: entry.competencies.map((c) => ({ ...c })),
        attestors: entry.attestors.map((a) => ({ ...a })),
      })),
      pdfUrl: passport ? `${this.config.APP_URL}/passports/${beneficiaryId}.pdf` : null,
    };
  }

  /** The PDF for staff who read the person's file. */
  async pdfForStaff(viewer: AuthUser, beneficiaryId: string): Promise<PassportPdf> {
    const beneficiary = await this.access.readable(viewer, beneficiaryId);
    const pdf = await this.render(beneficiary, personAudience(viewer, { beneficiary }));
    this.logger.log({ event: 'passport.downloaded', beneficiaryId, userId: viewer.id, code: pdf.code });
    return pdf;
  }

  /** The PDF from the beneficiary's signed link (INVALID_LINK when forged or expired). */
  async pdfFromLink(token: string): Promise<PassportPdf> {
    const beneficiaryId = this.links.verify(token, PASSPORT_LINK_PURPOSE);
    const beneficiary = await this.beneficiaries.findOneBy({ id: beneficiaryId });
    if (!beneficiary) throw AppException.notFound(NO_PASSPORT);
    // The person's own link: they read everything about themself.
    const pdf = await this.render(beneficiary, PersonAudience.FILE);
    this.logger.log({ event: 'passport.downloaded', beneficiaryId, userId: null, code: pdf.code });
    return pdf;
  }

  /** The personal link to the PDF, valid PASSPORT_LINK_DAYS from now. */
  linkFor(beneficiaryId: string): { url: string; expiresAt: Date } {
    const expiresAt = new Date(this.clock.now().getTime() + PASSPORT_LINK_DAYS * 86_400_000);
    return {
      url: this.links.url('/passeport', this.links.sign(PASSPORT_LINK_PURPOSE, beneficiaryId, expiresAt)),
      expiresAt,
    };
  }

  /** The verification page of a code, or the page where one types a code. */
  verifyUrl(code?: string): string {
    return code ? `${this.config.APP_URL}/verify/${code}` : `${this.config.APP_URL}/verify`;
  }

  /** What a verification code vouches for: the missions, hosts, competencies and dates — no name. */
  async verify(typed: string): Promise<VerificationResult> {
    const code = normalizeVerificationCode(typed);
    if (!code) return { kind: 'malformed' };
    const verification = await this.verifications.findOneBy({ code });
    if (!verification) return { kind: 'unknown', code };
    if (verification.revokedAt) return { kind: 'revoked', code };
    const { entries } = await this.facts.entries(
      this.dataSource.manager,
      verification.beneficiaryId,
      verification.attestationIds,
    );
    return { kind: 'valid', code, issuedAt: verification.issuedAt, entries };
  }

  /** The PDF, naming the holder as `audience` may read them (the person-field list). */
  private async render(beneficiary: Beneficiary, audience: PersonAudience): Promise<PassportPdf> {
    const { entries, attestationIds } = await this.facts.entries(this.dataSource.manager, beneficiary.id);
    if (entries.length === 0) throw AppException.notFound(NO_PASSPORT);
    const verification = await this.issue(beneficiary.id, attestationIds);
    const pdf = await renderPassportPdf({
      holderName: personName(beneficiary, audience),
      issuedAt: verification.issuedAt,
      entries,
      verificationCode: verification.code,
      verifyUrl: this.verifyUrl(verification.code),
    });
    const slug = personName(beneficiary, audience)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .toLowerCase();
    return { pdf, filename: `passeport-benevole-${slug}.pdf`, code: verification.code };
  }

  /**
   * The verification of this exact set of attestations: the one already issued (the same PDF
   * printed twice carries the same code), or a new one with a fresh random code.
   */
  private async issue(beneficiaryId: string, attestationIds: readonly string[]): Promise<PassportVerification> {
    const set = attestationSet(attestationIds);
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing = await this.verifications
        .createQueryBuilder('verification')
        .where('verification.beneficiaryId = :beneficiaryId', { beneficiaryId })
        .andWhere('verification.attestationIds = CAST(:set AS uuid[])', { set })
        .getOne();
      if (existing) return existing;
      // A concurrent download of the same set, or (once in 2^60) the same code: nothing inserted, look again.
      await this.verifications
        .createQueryBuilder()
        .insert()
        .values({ beneficiaryId, code: generateVerificationCode(), attestationIds: set, issuedAt: this.clock.now() })
        .orIgnore()
        .execute();
    }
    throw new Error(`Could not issue a verification code for ${beneficiaryId}`);
  }
}
