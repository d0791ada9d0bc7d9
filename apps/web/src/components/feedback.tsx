import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { apiProblemOf } from '../lib/api-errors';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

/** A message block; `role="alert"` for what must be announced at once (errors), `status` otherwise. */
export function Alert({
  tone = 'info',
  title,
  children,
  live,
}: {
  tone?: AlertTone;
  title?: string;
  children?: ReactNode;
  live?: 'alert' | 'status';
}) {
  return (
    <div className={`alert${tone === 'info' ? '' : ` alert--${tone}`}`} role={live}>
      {title && (
        <p>
          <strong>{title}</strong>
        </p>
      )}
      {children}
    </div>
  );
}

export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

/** The French message of a failed query, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: CombinedError | Error; onRetry?: () => void }) {
  const problem = apiProblemOf(error);
  return (
    <Alert tone="danger" title="Impossible d’afficher cette page" live="alert">
      <p>{problem.message}</p>
      {onRetry && (
        <p>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            Réessayer
          </button>
        </p>
      )}
    </Alert>
  );
}

/**
 * The three states of a query: loading (nothing yet), error, data. Keeps showing data already
 * loaded while a refetch runs.
 */
export function QueryState<T>({
  result,
  onRetry,
  children,
}: {
  result: { data?: T; error?: CombinedError; fetching: boolean };
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (result.data !== undefined && result.data !== null) return <>{children(result.data)}</>;
  if (result.error) return <ErrorState error={result.error} onRetry={onRetry} />;
  return <Loading />;
}

export function Badge({
  tone,
  children,
}: {
  tone?: 'success' | 'warning' | 'danger' | 'neutral';
  children: ReactNode;
}) {
  return <span className={`badge${tone ? ` badge--${tone}` : ''}`}>{children}</span>;
}
