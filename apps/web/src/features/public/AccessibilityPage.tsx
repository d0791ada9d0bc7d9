import { PageHeader } from '../../components/PageHeader';

/** The date and result of the latest automated audit of every console page (see README, browser tests). */
export const LATEST_AUTOMATED_AUDIT = { date: '2 décembre 2026', tool: 'axe-core 4.11', violations: 0 };

/**
 * The accessibility statement required of public bodies (RGAA 4.1). It says honestly what an
 * automated audit proves and what has not been audited.
 */
export function AccessibilityPage() {
  return (
    <>
      <PageHeader title="Déclaration d’accessibilité" lead="Console Tremplin du Département de l’Ain." />
      <div className="stack">
        <section className="card" aria-labelledby="etat">
          <h2 id="etat">État de conformité</h2>
          <p>
            La console Tremplin est <strong>non conforme</strong> au référentiel général d’amélioration de
            l’accessibilité (RGAA 4.1), qui reprend les critères des règles WCAG 2.1 aux niveaux A et AA : aucun audit
            complet du RGAA n’a encore été réalisé. La mention « non conforme » est celle que le RGAA impose en
            l’absence d’un tel audit ; elle ne signifie pas que des défauts sont connus.
          </p>
        </section>
        <section className="card" aria-labelledby="tests">
          <h2 id="tests">Ce qui est vérifié</h2>
          <ul>
            <li>
              Un audit automatisé ({LATEST_AUTOMATED_AUDIT.tool}, règles WCAG 2.1 A et AA) de chaque page de la console,
              dans un vrai navigateur (Chromium), à chaque modification du logiciel. Dernier résultat :{' '}
              <strong>
                {LATEST_AUTOMATED_AUDIT.violations === 0
                  ? 'aucune violation détectée'
                  : `${LATEST_AUTOMATED_AUDIT.violations} violations`}
              </strong>
              , le {LATEST_AUTOMATED_AUDIT.date}.
            </li>
            <li>L’usage au clavier seul du parcours de proposition d’une mission.</li>
            <li>L’affichage sur un écran de 390 pixels de large (téléphone) et de 1280 pixels.</li>
          </ul>
          <p>
            Un audit automatisé ne détecte qu’une partie des défauts possibles (de l’ordre d’un tiers des critères du
            RGAA).
          </p>
        </section>
        <section className="card" aria-labelledby="non-audite">
          <h2 id="non-audite">Ce qui n’a pas encore été audité</h2>
          <ul>
            <li>Les 106 critères du RGAA examinés un par un par un auditeur ;</li>
            <li>l’usage avec les lecteurs d’écran (NVDA, JAWS, VoiceOver, TalkBack) ;</li>
            <li>l’agrandissement des textes à 200 % et l’adaptation aux préférences d’affichage ;</li>
            <li>la pertinence des textes de remplacement et des intitulés des liens ;</li>
            <li>les documents téléchargeables (PDF du Passeport Bénévole, lettres, exports).</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="technologies">
          <h2 id="technologies">Technologies utilisées</h2>
          <p>HTML5, CSS, JavaScript (React et les composants accessibles react-aria).</p>
        </section>
        <section className="card" aria-labelledby="contact">
          <h2 id="contact">Signaler un problème</h2>
          <p>
            Si vous n’arrivez pas à accéder à un contenu ou à un service, signalez-le au service Insertion du
            Département de l’Ain pour être orienté(e) vers une alternative accessible ou obtenir le contenu sous une
            autre forme :
          </p>
          <address>
            Département de l’Ain — service Insertion
            <br />
            45 avenue Alsace-Lorraine, 01000 Bourg-en-Bresse
          </address>
          <h3>Voies de recours</h3>
          <p>
            Si vous avez signalé un défaut d’accessibilité sans obtenir de réponse satisfaisante, vous pouvez saisir le
            Défenseur des droits : par son formulaire en ligne (defenseurdesdroits.fr), par l’un de ses délégués dans
            l’Ain, ou par courrier gratuit, sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342
            Paris CEDEX 07.
          </p>
        </section>
      </div>
    </>
  );
}
