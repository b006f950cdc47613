import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { api, ApiError } from '../../api/client';
import { useMeta } from '../../api/queries';
import { useToast } from '../../components/toast';
import { Loaded, PageHeader } from '../../components/ui';
import { chooseTheme, THEME_CHOICES, useTheme, type ThemeChoice } from '../../theme';

const DRAFT_PREFIX = 'onsite:draft:';

const THEME_LABEL: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

type ImportSummary = Awaited<ReturnType<typeof api<'POST /api/import'>>>['imported'];

/** "2 sessions, 1 story and 0 submissions added; 1 session was already here." */
const describeImport = (summary: ImportSummary): string => {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const added = `${count(summary.sessions.added, 'session', 'sessions')}, ${count(summary.stories.added, 'story', 'stories')} and ${count(summary.submissions.added, 'submission', 'submissions')} added`;
  const skipped = summary.sessions.skipped + summary.stories.skipped + summary.submissions.skipped;
  return skipped === 0
    ? `${added}.`
    : `${added}; ${count(skipped, 'item was', 'items were')} already here and left as ${skipped === 1 ? 'it was' : 'they were'}.`;
};

/** Download everything as one file, or add a file exported from another install. */
const DataTransfer = () => {
  const toast = useToast();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [isImporting, setIsImporting] = useState(false);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setIsImporting(true);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch {
        throw new Error(`${file.name} is not valid JSON (is it cut short?). Nothing was changed.`);
      }
      if (typeof document !== 'object' || document === null || Array.isArray(document))
        throw new Error(`${file.name} is not an Onsite export. Nothing was changed.`);
      const { imported } = await api('POST /api/import', {
        body: document as Record<string, unknown>,
      });
      await queryClient.invalidateQueries();
      toast.show({ title: 'Imported', detail: describeImport(imported), tone: 'success' });
    } catch (error) {
      toast.show({
        title: 'Nothing was imported',
        detail: error instanceof ApiError || error instanceof Error ? error.message : String(error),
        tone: 'error',
      });
    } finally {
      setIsImporting(false);
    }
  };

  return (
    <div>
      <dt>Export and import</dt>
      <dd>
        <p className="small">
          Everything (sessions, answers, code, scorecards, stories) as one JSON file, to keep or to
          move to another install. Importing adds what is not here yet and keeps what is.
        </p>
        <div className="form-actions">
          <a className="btn btn-secondary btn-sm" href={api.url('GET /api/export')} download>
            Download everything
          </a>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            disabled={isImporting}
            onClick={() => input.current?.click()}
          >
            {isImporting ? 'Importing…' : 'Import a file'}
          </button>
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Export file to import"
            onChange={(event) => void importFile(event)}
          />
        </div>
      </dd>
    </div>
  );
};

const localDraftKeys = (): string[] => {
  try {
    return Object.keys(window.localStorage).filter((key) => key.startsWith(DRAFT_PREFIX));
  } catch {
    return [];
  }
};

export const SettingsScene = () => {
  const meta = useMeta();
  const theme = useTheme();
  const ids = useId();
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
            <dt id={`${ids}-theme`}>Theme</dt>
            <dd>
              <div className="theme-switch" role="radiogroup" aria-labelledby={`${ids}-theme`}>
                {THEME_CHOICES.map((choice) => (
                  <label key={choice}>
                    <input
                      type="radio"
                      name="theme"
                      value={choice}
                      checked={theme.choice === choice}
                      onChange={() => chooseTheme(choice)}
                    />
                    {THEME_LABEL[choice]}
                  </label>
                ))}
              </div>
              <p className="small">
                {theme.choice === 'system'
                  ? `Following your system’s setting, which is ${theme.theme} now.`
                  : `Always ${theme.theme}, whatever your system’s setting. Kept in this browser.`}
              </p>
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
              <kbd>Tab</kbd> and <kbd>Shift</kbd> + <kbd>Tab</kbd>; every control shows a focus
              ring.
            </dd>
          </div>
        </dl>
      </section>

      <section className="card settings-section" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <dl className="settings-list">
          <div>
            <dt>Where it lives</dt>
            <dd>
              Sessions, scorecards and stories are stored by the Onsite server on this computer.
              Nothing is sent anywhere else.
            </dd>
          </div>
          <DataTransfer />
          <div>
            <dt>Drafts in this browser</dt>
            <dd>
              {draftCount === 0
                ? 'No unsent drafts are kept in this browser.'
                : `${draftCount} unsent ${draftCount === 1 ? 'draft is' : 'drafts are'} kept in this browser as a backup.`}
              {draftCount > 0 && (
                <button
                  type="button"
                  className="btn btn-ghost btn-sm settings-inline-action"
                  onClick={() => {
                    for (const key of localDraftKeys()) window.localStorage.removeItem(key);
                    setDraftCount(0);
                    toast.show({
                      title: 'Local drafts cleared',
                      detail: 'Copies saved on the server are not affected.',
                      tone: 'success',
                    });
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
        <Loaded query={meta} label="Loading version" rows={1}>
          {(data) => (
            <dl className="settings-list">
              <div>
                <dt>Version</dt>
                <dd>Onsite {data.version}</dd>
              </div>
              <div>
                <dt>Question bank</dt>
                <dd>
                  {data.principles.length} company principles, {data.competencies.length}{' '}
                  competencies
                </dd>
              </div>
            </dl>
          )}
        </Loaded>
      </section>
    </div>
  );
};
