import { useEffect, useState, useSyncExternalStore } from 'react';
import { useMeta } from '../../api/queries';
import { useToast } from '../../components/toast';
import { ErrorState, Loading, PageHeader } from '../../components/ui';

const DRAFT_PREFIX = 'onsite:draft:';

const subscribeToScheme = (onChange: () => void) => {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};
const currentScheme = () => (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

const localDraftKeys = (): string[] => {
  try {
    return Object.keys(window.localStorage).filter((key) => key.startsWith(DRAFT_PREFIX));
  } catch {
    return [];
  }
};

export const SettingsScene = () => {
  const meta = useMeta();
  const scheme = useSyncExternalStore(subscribeToScheme, currentScheme);
  const [draftCount, setDraftCount] = useState(0);
  const toast = useToast();
  useEffect(() => setDraftCount(localDraftKeys().length), []);

  return (
    <div className="page page-narrow">
      <PageHeader title="Settings" />
      <section className="card settings-section" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <dl className="settings-list">
          <div>
            <dt>Theme</dt>
            <dd>
              Follows your system: currently <strong>{scheme}</strong>. Change it in your operating system’s display settings.
            </dd>
          </div>
          <div>
            <dt>Motion</dt>
            <dd>Animations are switched off when your system asks for reduced motion.</dd>
          </div>
        </dl>
      </section>

      <section className="card settings-section" aria-labelledby="keys-heading">
        <h2 id="keys-heading">Keyboard</h2>
        <dl className="settings-list">
          <div>
            <dt>Send an answer or reply</dt>
            <dd>
              <kbd>Ctrl</kbd> + <kbd>Enter</kbd> (<kbd>⌘</kbd> + <kbd>Enter</kbd> on a Mac)
            </dd>
          </div>
          <div>
            <dt>Move between controls</dt>
            <dd>
              <kbd>Tab</kbd> and <kbd>Shift</kbd> + <kbd>Tab</kbd>; every control shows a focus ring.
            </dd>
          </div>
        </dl>
      </section>

      <section className="card settings-section" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <dl className="settings-list">
          <div>
            <dt>Where it lives</dt>
            <dd>Sessions, scorecards and stories are stored by the Onsite server on this computer. Nothing is sent anywhere else.</dd>
          </div>
          <div>
            <dt>Drafts in this browser</dt>
            <dd>
              {draftCount === 0 ? 'No unsent drafts are kept in this browser.' : `${draftCount} unsent ${draftCount === 1 ? 'draft is' : 'drafts are'} kept in this browser as a backup.`}
              {draftCount > 0 && (
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  onClick={() => {
                    for (const key of localDraftKeys()) window.localStorage.removeItem(key);
                    setDraftCount(0);
                    toast.show({ title: 'Local drafts cleared', detail: 'Copies saved on the server are not affected.', tone: 'success' });
                  }}
                >
                  Clear local drafts
                </button>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section className="card settings-section" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        {meta.isPending ? (
          <Loading label="Loading version" rows={1} />
        ) : meta.isError ? (
          <ErrorState error={meta.error} onRetry={() => void meta.refetch()} />
        ) : (
          <dl className="settings-list">
            <div>
              <dt>Version</dt>
              <dd>Onsite {meta.data.version}</dd>
            </div>
            <div>
              <dt>Question bank</dt>
              <dd>
                {meta.data.principles.length} company principles, {meta.data.competencies.length} competencies
              </dd>
            </div>
          </dl>
        )}
      </section>
    </div>
  );
};
