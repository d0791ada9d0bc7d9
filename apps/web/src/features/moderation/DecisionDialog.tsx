import { consolePath } from '@console-routes';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { TextField } from '../../components/fields';
import type { ActionResult } from '../../lib/use-action';

export const REASON_MAX_LENGTH = 1000;

/**
 * A decision that needs a reason addressed to the association (refuse a registration, send a
 * mission back): a dialog with the reason, the server's problem next to the field.
 */
export function ReasonDialog({
  trigger,
  title,
  intro,
  confirmLabel,
  onConfirm,
  pending,
}: {
  trigger: string;
  title: string;
  intro: string;
  confirmLabel: string;
  onConfirm: (reason: string) => Promise<ActionResult<unknown>>;
  pending: boolean;
}) {
  const [reason, setReason] = useState('');
  const form = useFormProblem();
  return (
    <DialogButton trigger={<Button variant="danger">{trigger}</Button>} title={title}>
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            form.setProblem(null);
            const result = await onConfirm(reason.trim());
            if (!result.ok) {
              form.setProblem(result.problem);
              return;
            }
            setReason('');
            close();
          }}
        >
          <p>{intro}</p>
          <TextField
            label="Motif"
            name="reason"
            description="Il est envoyé tel quel par e-mail à l’association (1 000 caractères au plus)."
            multiline
            rows={5}
            value={reason}
            onChange={setReason}
            isRequired
            maxLength={REASON_MAX_LENGTH}
          />
          <DialogActions
            onCancel={close}
            confirmLabel={confirmLabel}
            confirmType="submit"
            variant="danger"
            isPending={pending}
          />
        </ActionForm>
      )}
    </DialogButton>
  );
}

/** A decision without a reason (validate, publish), confirmed in a dialog. */
export function ConfirmDialog({
  trigger,
  title,
  intro,
  confirmLabel,
  onConfirm,
  pending,
}: {
  trigger: string;
  title: string;
  intro: string;
  confirmLabel: string;
  onConfirm: () => Promise<ActionResult<unknown>>;
  pending: boolean;
}) {
  const form = useFormProblem();
  return (
    <DialogButton trigger={<Button>{trigger}</Button>} title={title}>
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            form.setProblem(null);
            const result = await onConfirm();
            if (!result.ok) {
              form.setProblem(result.problem);
              return;
            }
            close();
          }}
        >
          <p>{intro}</p>
          <DialogActions onCancel={close} confirmLabel={confirmLabel} confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}

/**
 * What a moderation page shows around its decision: the confirmation once taken (with the way back
 * to the queues), and, while the request waits, its decision buttons (`children`).
 */
export function ModerationDecision({
  done,
  isWaiting,
  children,
}: {
  done: string | null;
  isWaiting: boolean;
  children: ReactNode;
}) {
  return (
    <>
      {done && (
        <Alert tone="success" live="status">
          <p>{done}</p>
          <p>
            <Link to={consolePath('moderation')}>Retour aux demandes en attente</Link>
          </p>
        </Alert>
      )}
      {isWaiting && (
        <section className="card" aria-labelledby="decision-title">
          <h2 id="decision-title">Décision</h2>
          <p className="muted">Les membres de l’association sont prévenus par e-mail de la décision.</p>
          <div className="cluster">{children}</div>
        </section>
      )}
    </>
  );
}
