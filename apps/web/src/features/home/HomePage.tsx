import { useViewer } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { ROLE_LABELS } from '../../app/roles';

/** The links a workspace offers until its own home page lists its work (each workspace replaces its part). */
const TOOLS: Record<string, { label: string; href: string; description: string }[]> = {
  ADMIN: [
    {
      label: 'Indicateurs du Plan insertion',
      href: '/indicators',
      description: 'Tableaux, graphiques, carte et export CSV.',
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
      {tools.length > 0 && (
        <ul className="grid list-reset">
          {tools.map((tool) => (
            <li key={tool.href} className="card">
              <h2>
                <a href={tool.href}>{tool.label}</a>
              </h2>
              <p className="muted">{tool.description}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
