import { consolePath } from '@console-routes';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { ROLE_LABELS } from '../../app/roles';
import { ReferentHome } from '../caseload/ReferentHome';
import { CoordinatorHome } from '../coordination/CoordinatorHome';
import { AssociationHome } from './AssociationHome';

/** The links a workspace offers until its own home page lists its work (each workspace replaces its part). */
const TOOLS: Record<string, { label: string; href: string; description: string }[]> = {
  // Département (service Insertion): its workspace's pages, then the tools outside the console
  ADMIN: [
    {
      label: 'Modération',
      href: consolePath('moderation'),
      description: 'Les associations à valider et les missions à publier, la plus ancienne d’abord.',
    },
    {
      label: 'Utilisateurs',
      href: consolePath('users'),
      description: 'Inviter une personne, changer un rôle ou un territoire, désactiver un compte.',
    },
    { label: 'Territoires', href: consolePath('territories'), description: 'Les CDS du département.' },
    {
      label: 'Indicateurs du Plan insertion',
      href: consolePath('indicators'),
      description: 'Par période et par territoire, avec l’export CSV.',
    },
    {
      label: 'Journal des accès',
      href: consolePath('accessLog'),
      description: 'Qui a lu quelle donnée sensible, et quand.',
    },
    { label: 'Files de traitement', href: '/admin/queues', description: 'Les envois d’e-mails et calculs en cours.' },
    {
      label: 'Console GraphQL',
      href: '/graphql',
      description: 'Pour les intégrateurs : l’API de Tremplin, avec votre session.',
    },
  ],
};

export function HomePage() {
  const viewer = useViewer();
  const tools = TOOLS[viewer.role] ?? [];
  return (
    <>
      <PageHeader title={`Bonjour ${viewer.firstName}`} lead={ROLE_LABELS[viewer.role]} />
      {/* France Bénévolat coordinators: their « to do » */}
      {viewer.role === 'COORDINATOR' && <CoordinatorHome />}
      {/* Associations: their « to do » */}
      {viewer.role === 'ASSOCIATION' && <AssociationHome />}
      {/* Référents: their caseload's « to do » */}
      {viewer.role === 'REFERENT' && <ReferentHome />}
      {tools.length > 0 && (
        <ul className="grid list-reset">
          {tools.map((tool) => (
            <li key={tool.href} className="card">
              <h2>
                {tool.href.startsWith('/admin/') || tool.href === '/graphql' ? (
                  <a href={tool.href}>{tool.label}</a>
                ) : (
                  <Link to={tool.href}>{tool.label}</Link>
                )}
              </h2>
              <p className="muted">{tool.description}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
