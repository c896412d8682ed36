import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import {
  FormEvent,
  ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { ActionMessage } from '../ActionMessage';

/**
 * Props of {@link FormDialog}.
 *
 * @internal
 */
export interface FormDialogProps {
  open: boolean;
  title: string;
  /** The label of the submit button, such as `Approve`. */
  submitLabel: string;
  onClose(): void;
  /**
   * Validates and sends the form. Throwing shows the error (the backend's message) in the
   * dialog, which stays open; the caller closes it on success.
   */
  onSubmit(): Promise<void> | void;
  /** Whether any 409 means a stale revision (see {@link ActionMessage}). */
  staleOnConflict?: boolean;
  /** Reads the release again, offered when the release changed in the meantime. */
  onReload?: () => void;
  /**
   * Changes whenever validation fails, to move the focus to the first field in error.
   */
  validationAttempt?: number;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  children: ReactNode;
}

/**
 * A dialog that is a form: Enter in a field submits it, Escape closes it, the submit button
 * waits for the request, and a refusal shows the backend's message without losing the input.
 *
 * @internal
 */
export function FormDialog(props: FormDialogProps) {
  const {
    open,
    title,
    submitLabel,
    onClose,
    onSubmit,
    staleOnConflict,
    onReload,
    validationAttempt,
    maxWidth = 'sm',
    children,
  } = props;
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (open) setError(undefined);
  }, [open]);

  useEffect(() => {
    if (!validationAttempt) return;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"]')
      ?.focus();
  }, [validationAttempt]);

  // Keyboard users start typing right away: the first field gets the focus once the dialog
  // has opened.
  const focusFirstField = () => {
    const form = formRef.current;
    // Someone quicker than the transition already chose where to type.
    if (!form || form.contains(document.activeElement)) return;
    form
      .querySelector<HTMLElement>(
        'input:not([type=hidden]):not([disabled]), select, textarea',
      )
      ?.focus();
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth={maxWidth}
      TransitionProps={{ onEntered: focusFirstField }}
    >
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {children}
          {error !== undefined && (
            <ActionMessage
              error={error}
              staleOnConflict={staleOnConflict}
              onReload={
                onReload &&
                (() => {
                  onReload();
                  onClose();
                })
              }
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
          >
            {busy ? 'Saving…' : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
