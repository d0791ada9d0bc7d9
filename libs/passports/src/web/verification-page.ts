import { countFr } from '@tremplin/referentials';
import { formatDateFr, localDateOf } from '@tremplin/beneficiaries';
import { definePage } from '@tremplin/core';
import { MAX_LEVEL } from '../domain/competency-level';
import { ENGAGEMENT_STATUS_LABELS, EngagementStatus } from '../domain/engagement-status';
import { PassportEntry } from '../domain/passport-document';
import { formatVerificationCode } from '../domain/verification-code';

/**
 * The public verification page of a Passeport Bénévole (`/verify/:code`), for an employer or a
 * training body holding the PDF: it confirms the missions, hosts, competencies, levels and dates
 * — and nothing else about the person (no name, no contact, no RSA detail).
 */

const STYLE = `<style>
  .authentic { border-left: 6px solid #1d7a3a; background: #eaf6ee; padding: .75rem 1rem; }
  section.entry { margin-top: 1.5rem; border-top: 2px solid #00366d; padding-top: .5rem; }
  dl { margin: 0; } dt { font-weight: bold; margin-top: .5rem; } dd { margin: .1rem 0 0 0; }
  td.level { white-space: nowrap; }
  form.code input { font-family: monospace; font-size: 1.2rem; letter-spacing: .08em; text-transform: uppercase; }
</style>`;

export interface VerifiedCompetencyLine {
  label: string;
  level: string;
  comment: string | null;
}

export interface VerifiedEntry {
  missionTitle: string;
  hostName: string;
  hostCommune: string | null;
  period: string;
  hours: string;
  interrupted: boolean;
  attestedOn: string;
  competencies: VerifiedCompetencyLine[];
}

export interface VerifiedPageData {
  code: string;
  issuedOn: string;
  entries: VerifiedEntry[];
}

export const VERIFIED_PAGE = definePage<VerifiedPageData>(
  'Passeport Bénévole authentique',
  `${STYLE}
<h1>Passeport Bénévole authentique</h1>
<p class="authentic" role="status"><strong>Ce passeport a bien été émis par Tremplin</strong>, la plateforme du
Département de l'Ain, le {{issuedOn}}, sous le code <strong>{{code}}</strong>. Les compétences ci-dessous ont été
attestées par les structures d'accueil des missions.</p>
<p>Comparez ces informations avec le document qui vous a été présenté : elles doivent être identiques.
Pour protéger la personne, cette page ne montre aucune autre donnée personnelle.</p>
{{#each entries}}
<section class="entry" aria-labelledby="mission-{{@index}}">
  <h2 id="mission-{{@index}}">{{missionTitle}}</h2>
  <dl>
    <dt>Structure d'accueil</dt><dd>{{hostName}}{{#if hostCommune}} ({{hostCommune}}){{/if}}</dd>
    <dt>Période</dt><dd>{{period}}{{#if interrupted}} — mission interrompue avant son terme{{/if}}</dd>
    <dt>Durée</dt><dd>{{hours}}</dd>
    <dt>Attestation</dt><dd>{{attestedOn}}</dd>
  </dl>
  <table>
    <caption class="skip">Compétences attestées pour la mission {{missionTitle}}</caption>
    <thead><tr><th scope="col">Compétence</th><th scope="col">Niveau</th><th scope="col">Commentaire de la structure</th></tr></thead>
    <tbody>
    {{#each competencies}}<tr><td>{{label}}</td><td class="level">{{level}}</td><td>{{comment}}</td></tr>{{/each}}
    </tbody>
  </table>
</section>
{{/each}}
<p><small>Niveaux : 1 découverte, 2 pratique, ${MAX_LEVEL} maîtrise.</small></p>`,
);

export interface NotVerifiedPageData {
  /** What was typed, for the reader to check (escaped by the template). */
  typed: string;
  malformed: boolean;
  revoked: boolean;
}

const CODE_FORM = `<form class="code" method="get" action="/verify">
  <label for="code">Code de vérification (12 caractères, par exemple 7KQ2-M9XD-4TRB)</label>
  <input id="code" name="code" autocomplete="off" spellcheck="false" maxlength="20" size="18" value="{{typed}}">
  <p><button type="submit">Vérifier</button></p>
</form>`;

export const NOT_VERIFIED_PAGE = definePage<NotVerifiedPageData>(
  (data) => (data.revoked ? 'Passeport retiré' : 'Code de vérification inconnu'),
  `${STYLE}
{{#if revoked}}
<h1>Ce passeport n'est plus valable</h1>
<p class="warning" role="alert">Le code <strong>{{typed}}</strong> a bien été émis par Tremplin, mais ce passeport a été
retiré depuis. Il ne peut plus servir de preuve.</p>
{{else}}
<h1>Code de vérification inconnu</h1>
<p class="warning" role="alert">{{#if malformed}}Ce texte n'est pas un code de vérification :
un code compte 12 caractères (chiffres et lettres), par exemple <strong>7KQ2-M9XD-4TRB</strong>.{{else}}Aucun
Passeport Bénévole ne porte le code <strong>{{typed}}</strong>.{{/if}}</p>
<p>Vérifiez que le code est bien recopié depuis le passeport (il est imprimé sous le QR code et en bas de chaque page).
Si le problème persiste, ce document n'a pas été émis par Tremplin : contactez le service Insertion du Département de l'Ain.</p>
{{/if}}
${CODE_FORM}`,
);

export const ENTER_CODE_PAGE = definePage<{ typed: string }>(
  'Vérifier un Passeport Bénévole',
  `${STYLE}
<h1>Vérifier un Passeport Bénévole</h1>
<p>Le Passeport Bénévole recense les compétences qu'une personne a montrées pendant des missions bénévoles, attestées
par les structures d'accueil. Pour vérifier qu'un passeport est authentique, scannez son QR code ou saisissez son code.</p>
${CODE_FORM}`,
);

const hours = (n: number, participle: string) => countFr(n, `heure ${participle}`, `heures ${participle}s`);

/** The page data of a valid code: dates in French, levels spelled out. */
export function verifiedPageData(code: string, issuedAt: Date, entries: readonly PassportEntry[]): VerifiedPageData {
  return {
    code: formatVerificationCode(code),
    issuedOn: formatDateFr(localDateOf(issuedAt)),
    entries: entries.map((entry) => ({
      missionTitle: entry.missionTitle,
      hostName: entry.hostName,
      hostCommune: entry.hostCommune,
      period: entry.endDate
        ? `du ${formatDateFr(entry.startDate)} au ${formatDateFr(entry.endDate)}`
        : `depuis le ${formatDateFr(entry.startDate)} (${ENGAGEMENT_STATUS_LABELS[EngagementStatus.ACTIVE]})`,
      hours: entry.hoursDone !== null ? hours(entry.hoursDone, 'réalisée') : hours(entry.plannedHours, 'prévue'),
      interrupted: entry.status === EngagementStatus.ABANDONED,
      attestedOn: entry.attestors.map((a) => `le ${formatDateFr(localDateOf(a.attestedAt))} (${a.role})`).join(', '),
      competencies: entry.competencies.map((c) => ({
        label: c.label,
        level: `${c.levelLabel} (${c.level}/${MAX_LEVEL})`,
        comment: c.comment,
      })),
    })),
  };
}
