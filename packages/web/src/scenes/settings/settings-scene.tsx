import { useEffect, useId, useState } from 'react';
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
