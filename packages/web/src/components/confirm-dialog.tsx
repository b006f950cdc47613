import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

/**
 * A question asked before a step that is hard to take back: what will happen, a button that keeps
 * things as they are (it closes the dialog), and the `action` that goes ahead. Controlled through
 * `open`, or opened by its own `trigger`.
 */
export const ConfirmDialog = ({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  cancelLabel,
  cancelVariant = 'ghost',
  action,
}: {
  open?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  trigger?: ReactNode;
  title: ReactNode;
  description: ReactNode;
  cancelLabel: string;
  cancelVariant?: 'ghost' | 'secondary';
  action: ReactNode;
}) => (
  <Dialog.Root open={open} onOpenChange={onOpenChange}>
    {trigger !== undefined && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
    <Dialog.Portal>
      <Dialog.Overlay className="dialog-overlay" />
      <Dialog.Content className="dialog">
        <Dialog.Title>{title}</Dialog.Title>
        <Dialog.Description className="muted">{description}</Dialog.Description>
        <div className="dialog-actions">
          <Dialog.Close asChild>
            <button type="button" className={`btn btn-${cancelVariant}`}>
              {cancelLabel}
            </button>
          </Dialog.Close>
          {action}
        </div>
      </Dialog.Content>
    </Dialog.Portal>
  </Dialog.Root>
);
