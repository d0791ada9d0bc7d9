import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
}

/** Sets the document title (« … — Tremplin »): screen readers announce it on navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Tremplin`;
  }, [title]);
}

/** The page's h1, its lead, breadcrumbs and actions; also sets the document title. */
export function PageHeader({
  title,
  lead,
  crumbs,
  actions,
}: {
  title: string;
  lead?: ReactNode;
  crumbs?: Crumb[];
  actions?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <>
      {crumbs && crumbs.length > 0 && (
        <nav className="breadcrumbs" aria-label="Fil d’Ariane">
          <ol>
            {crumbs.map((crumb) => (
              <li key={crumb.label}>{crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label}</li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-header">
        <div>
          <h1 tabIndex={-1} id="page-title">
            {title}
          </h1>
          {lead && <p className="page-header__lead">{lead}</p>}
        </div>
        {actions && <div className="cluster">{actions}</div>}
      </div>
    </>
  );
}
