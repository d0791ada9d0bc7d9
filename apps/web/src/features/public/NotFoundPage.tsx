import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page introuvable" />
      <p>
        L’adresse demandée ne correspond à aucune page de Tremplin. Elle a peut-être été mal recopiée, ou la page a été
        déplacée.
      </p>
      <p>
        <Link className="button" to="/">
          Aller à l’accueil
        </Link>
      </p>
    </>
  );
}
