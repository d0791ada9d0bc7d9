import type { ReactNode } from 'react';
import { Dialog as AriaDialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';

/**
 * A modal dialog (react-aria: focus trapped and restored, Escape closes, title announced).
 * `trigger` is the element that opens it; `children` receives `close`.
 */
export function DialogButton({
  trigger,
  title,
  children,
  wide,
  isDismissable = true,
}: {
  trigger: ReactNode;
  title: string;
  children: (close: () => void) => ReactNode;
  wide?: boolean;
  isDismissable?: boolean;
}) {
  return (
    <DialogTrigger>
      {trigger}
      <ModalOverlay className="modal-overlay" isDismissable={isDismissable}>
        <Modal className={`modal${wide ? ' modal--wide' : ''}`}>
          <AriaDialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                {children(close)}
              </>
            )}
          </AriaDialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/** A controlled dialog (opened by state rather than by a trigger). */
export function ControlledDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  wide,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: (close: () => void) => ReactNode;
  wide?: boolean;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className={`modal${wide ? ' modal--wide' : ''}`}>
        <AriaDialog className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{title}</Heading>
              {children(close)}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

/** « Annuler » + a confirming action, for the footer of a dialog. */
export function DialogActions({
  onCancel,
  confirmLabel,
  onConfirm,
  isPending,
  variant = 'primary',
  confirmType = 'button',
}: {
  onCancel: () => void;
  confirmLabel: string;
  onConfirm?: () => void;
  isPending?: boolean;
  variant?: 'primary' | 'danger';
  confirmType?: 'button' | 'submit';
}) {
  return (
    <div className="form-actions">
      <Button type={confirmType} variant={variant} onPress={onConfirm} isPending={isPending}>
        {confirmLabel}
      </Button>
      <Button variant="secondary" onPress={onCancel}>
        Annuler
      </Button>
    </div>
  );
}
