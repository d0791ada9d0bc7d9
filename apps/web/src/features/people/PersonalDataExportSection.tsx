import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Button, LinkButton } from '../../components/Button';
import { Alert } from '../../components/feedback';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/use-action';

const REQUEST_EXPORT = graphql(`
  mutation RequestPersonalDataExport($beneficiaryId: ID!) {
    requestPersonalDataExport(beneficiaryId: $beneficiaryId) {
      id
      status
      statusLabel
      expiresAt
      jsonUrl
      pdfUrl
    }
  }
`);

const EXPORT_STATUS = graphql(`
  query PersonalDataExportStatus($id: ID!) {
    personalDataExport(id: $id) {
      id
      status
      statusLabel
      expiresAt
      jsonUrl
      pdfUrl
    }
  }
`);

/** The path of a signed link on this origin (the console and the API share it). */
function pathOf(url: string): string {
  try {
    return new URL(url, window.location.origin).pathname;
  } catch {
    return url;
  }
}

/**
 * Right of access: prepares the export of everything held about the person (JSON and PDF), then
 * offers both files while they are kept (72 hours). Only for those who read the sensitive data.
 */
export function PersonalDataExportSection({ personId }: { personId: string }) {
  const [exportId, setExportId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [request, requesting] = useAction(REQUEST_EXPORT);
  const [status, refetch] = useQuery({
    query: EXPORT_STATUS,
    variables: { id: exportId ?? '' },
    pause: !exportId,
    requestPolicy: 'network-only',
  });
  const current = status.data?.personalDataExport;
  const pending = !!exportId && (!current || current.status === 'PENDING');

  useEffect(() => {
    if (!pending || status.fetching) return;
    const timer = window.setTimeout(() => refetch({ requestPolicy: 'network-only' }), 1500);
    return () => window.clearTimeout(timer);
  }, [pending, status.fetching, refetch]);

  const start = async () => {
    setProblem(null);
    const result = await request({ beneficiaryId: personId });
    if (!result.ok) {
      setProblem(result.problem.message);
      return;
    }
    setExportId(result.data.requestPersonalDataExport.id);
  };

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Données personnelles (droit d’accès)</h2>
      <p>
        À la demande de la personne, préparez l’export de tout ce que la plateforme conserve à son sujet : un document
        PDF lisible et un fichier JSON. La demande est inscrite au carnet de bord et au journal des accès ; les fichiers
        sont effacés trois jours après leur préparation.
      </p>
      {problem && (
        <Alert tone="danger" live="alert">
          <p>{problem}</p>
        </Alert>
      )}
      <div aria-live="polite">
        {pending && <p>Export en préparation…</p>}
        {current?.status === 'READY' && current.pdfUrl && current.jsonUrl && (
          <>
            <p>Export prêt{current.expiresAt && <>, téléchargeable jusqu’au {formatDateTime(current.expiresAt)}</>}.</p>
            <div className="form-actions">
              <LinkButton href={pathOf(current.pdfUrl)} download>
                Télécharger le PDF
              </LinkButton>
              <LinkButton href={pathOf(current.jsonUrl)} variant="secondary" download>
                Télécharger le fichier JSON
              </LinkButton>
            </div>
          </>
        )}
        {current?.status === 'EXPIRED' && <p>{current.statusLabel}.</p>}
      </div>
      {!pending && (
        <div className="form-actions">
          <Button variant="secondary" onPress={() => void start()} isPending={requesting.pending}>
            {current ? 'Préparer un nouvel export' : 'Préparer l’export de ses données'}
          </Button>
        </div>
      )}
    </section>
  );
}
