/**
 * The options page: every setting, saved as soon as it is valid (nothing is saved while input is
 * invalid), in one page with a table of contents. Storage: lib/settings (WXT item `local:settings`).
 */
import { useCallback, useId, useState } from 'react';
import { i18n, setLanguage, useLanguage } from '@/components/common/i18n';
import { ListEditor } from '@/components/common/ListEditor';
import { Switch } from '@/components/common/Switch';
import { useSettings, type SettingsPatch } from '@/components/common/useSettings';
import { OFFICE_NAME_MAX, ROLES, settingsItem, type Role, type Settings } from '@/lib/settings';
import { DataSection } from './DataSection';
import { defaultDataServices, type DataServices } from './data-services';
import { FactsSection } from './FactsSection';
import { CATEGORIES, RULES_BY_CATEGORY, toggled } from './rules';
import { SitesSection, defaultOptInServices, type OptInServices } from './SitesSection';

export interface OptionsAppProps {
  dataServices?: DataServices;
  optInServices?: OptInServices;
}

const SECTIONS = ['general', 'sites', 'checks', 'allowlist', 'sources', 'facts', 'words', 'neutrality', 'data'] as const;
type SectionId = (typeof SECTIONS)[number];

const headingOf = (s: SectionId) => i18n.t(`options.${s}.heading`);

/** The office name (the promise report's title): saved when the field is left or Enter is pressed. */
function OfficeNameField({ id, value, onSave }: { id: string; value: string; onSave: (v: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() !== value) onSave(draft);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{i18n.t('options.general.officeName')}</label>
      <input
        id={id}
        type="text"
        maxLength={OFFICE_NAME_MAX}
        autoComplete="organization"
        aria-describedby={`${id}-help`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        data-setting="officeName"
      />
      <p id={`${id}-help`} className="field-help">
        {i18n.t('options.general.officeNameHelp')}
      </p>
    </div>
  );
}

export function OptionsApp(props: OptionsAppProps) {
  const lang = useLanguage();
  const { settings, save } = useSettings();
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string }>({ tone: 'ok', text: '' });
  const ids = useId();

  const update = useCallback(
    async (patch: SettingsPatch) => {
      try {
        const next = await save(patch);
        if (patch.language) setLanguage(next.language);
        setStatus({ tone: 'ok', text: i18n.t('common.saved') });
      } catch (e) {
        setStatus({ tone: 'error', text: i18n.t('common.saveFailed', [e instanceof Error ? e.message : String(e)]) });
        throw e;
      }
    },
    [save],
  );
  const quiet = (patch: SettingsPatch) => void update(patch).catch(() => {});

  if (!settings) return <p className="page__loading">…</p>;
  const a = settings.analyzer;

  const section = (sid: SectionId, body: React.ReactNode, help?: string) => (
    <section key={sid} id={sid} aria-labelledby={`${ids}-${sid}`} className="card" data-section={sid}>
      <h2 id={`${ids}-${sid}`}>{headingOf(sid)}</h2>
      {help ? <p className="section-help">{help}</p> : null}
      {body}
    </section>
  );

  return (
    <div className="page" lang={lang}>
      <header className="page__header">
        <h1>{i18n.t('options.title')}</h1>
        <p className="muted">{i18n.t('options.intro')}</p>
        <p>
          <a href="report.html" target="_blank" rel="noopener" data-open-report>
            {i18n.t('options.general.report')}
          </a>
        </p>
      </header>
      <nav aria-label={i18n.t('options.nav')} className="toc">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{headingOf(s)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="page__main">
        <p className={`save-status ${status.tone === 'error' ? 'field-error' : 'status-ok'}`} role="status" aria-live="polite">
          {status.text}
        </p>

        {section(
          'general',
          <div className="stack">
            <Switch
              label={i18n.t('options.general.enabled')}
              help={i18n.t('options.general.enabledHelp')}
              checked={settings.enabled}
              onChange={(on) => quiet({ enabled: on })}
            />
            <div className="field">
              <label htmlFor={`${ids}-lang`}>{i18n.t('common.language.label')}</label>
              <select id={`${ids}-lang`} value={settings.language} onChange={(e) => quiet({ language: e.target.value === 'en' ? 'en' : 'id' })}>
                <option value="id" lang="id">
                  {i18n.t('common.language.id')}
                </option>
                <option value="en" lang="en">
                  {i18n.t('common.language.en')}
                </option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-role`}>{i18n.t('common.role.label')}</label>
              <select id={`${ids}-role`} value={settings.role} onChange={(e) => quiet({ role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {i18n.t(`common.role.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            <OfficeNameField id={`${ids}-office`} value={settings.officeName} onSave={(officeName) => quiet({ officeName })} />
            <Switch
              label={i18n.t('options.general.captureIncognito')}
              help={i18n.t('options.general.captureIncognitoHelp')}
              checked={settings.captureIncognito}
              onChange={(on) => quiet({ captureIncognito: on })}
            />
          </div>,
        )}

        {section(
          'sites',
          <SitesSection settings={settings} save={update} services={props.optInServices ?? defaultOptInServices} />,
          i18n.t('options.sites.help'),
        )}

        {section(
          'checks',
          <div className="stack">
            <fieldset className="radios">
              <legend>{i18n.t('options.checks.sensitivity')}</legend>
              {(['low', 'normal', 'high'] as const).map((v) => (
                <label key={v} className="radio">
                  <input type="radio" name={`${ids}-sens`} value={v} checked={a.sensitivity === v} onChange={() => quiet({ analyzer: { sensitivity: v } })} />
                  {i18n.t(v === 'low' ? 'options.checks.sensitivityLow' : v === 'high' ? 'options.checks.sensitivityHigh' : 'options.checks.sensitivityNormal')}
                </label>
              ))}
            </fieldset>
            {CATEGORIES.map((c) => {
              const catOn = !a.disabledRules.includes(c);
              const rules = RULES_BY_CATEGORY[c];
              return (
                <div key={c} className="category" data-category={c}>
                  <Switch
                    label={<strong>{i18n.t('options.checks.categorySwitch', [i18n.t(`categories.${c}`)])}</strong>}
                    help={i18n.t(`categoryHelp.${c}`)}
                    checked={catOn}
                    onChange={(on) => quiet({ analyzer: { disabledRules: toggled(a.disabledRules, c, on) } })}
                  />
                  {rules.length ? (
                    <details className="rules">
                      <summary>{i18n.t('options.checks.rulesOf', [i18n.t(`categories.${c}`)])}</summary>
                      <ul className="switch-list switch-list--rules">
                        {rules.map((r) => (
                          <li key={r} data-rule={r}>
                            <Switch
                              label={i18n.t(`rules.${r}` as 'rules.pii.nik')}
                              checked={catOn && !a.disabledRules.includes(r)}
                              disabled={!catOn}
                              onChange={(on) => quiet({ analyzer: { disabledRules: toggled(a.disabledRules, r, on) } })}
                            />
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </div>
              );
            })}
          </div>,
        )}

        {section(
          'allowlist',
          <ListEditor
            kind="allowlist"
            label={i18n.t('options.allowlist.label')}
            items={a.allowlist}
            onChange={(allowlist) => update({ analyzer: { allowlist } })}
          />,
          i18n.t('options.allowlist.help'),
        )}
        {section(
          'sources',
          <ListEditor
            kind="trustedSources"
            label={i18n.t('options.sources.label')}
            items={a.trustedSources}
            onChange={(trustedSources) => update({ analyzer: { trustedSources } })}
          />,
          i18n.t('options.sources.help'),
        )}
        {section(
          'facts',
          <FactsSection facts={a.verifiedFacts} lang={lang} onChange={(verifiedFacts) => update({ analyzer: { verifiedFacts } })} />,
          i18n.t('options.facts.help'),
        )}
        {section(
          'words',
          <ListEditor
            kind="customWords"
            label={i18n.t('options.words.label')}
            items={a.customWords}
            onChange={(customWords) => update({ analyzer: { customWords } })}
          />,
          i18n.t('options.words.help'),
        )}
        {section(
          'neutrality',
          <div className="grid-2">
            {(['candidates', 'parties', 'slogans', 'hashtags'] as const).map((g) => (
              <ListEditor
                key={g}
                kind={g}
                heading={i18n.t(`options.neutrality.${g}`)}
                label={i18n.t(`options.neutrality.${g}`)}
                items={settings.neutrality[g]}
                onChange={(items) => update({ neutrality: { [g]: items } })}
              />
            ))}
          </div>,
          i18n.t('options.neutrality.help'),
        )}
        {section(
          'data',
          <DataSection
            settings={settings}
            services={props.dataServices ?? defaultDataServices}
            onReplaceSettings={async (s: Settings) => {
              await settingsItem.setValue(s);
              setLanguage(s.language);
              await update({});
            }}
          />,
          i18n.t('options.data.help'),
        )}
      </main>
    </div>
  );
}
