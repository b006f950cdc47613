import type { DraftSaveStatus } from '../../api/draft-saver';
import { Icon } from '../../components/icons';

const SAVE_COPY: Readonly<Record<DraftSaveStatus, string>> = {
  idle: 'Drafts save as you type',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Kept on this device; will save when the server is back',
};

/** Where the draft stands: saved, saving, or kept on this device until the server is back. */
export const SaveIndicator = ({ status }: { status: DraftSaveStatus }) => (
  <span className={`save-indicator save-${status}`} role="status" aria-live="polite">
    {status === 'saved' && <Icon name="check" size={14} />}
    {status === 'offline' && <Icon name="cloudOff" size={14} />}
    {SAVE_COPY[status]}
  </span>
);
