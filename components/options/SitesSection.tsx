import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '@/components/common/i18n';
import { Switch } from '@/components/common/Switch';
import { PLATFORMS } from '@/lib/platforms';
import type { Settings } from '@/lib/settings';
import { siteSchema, type FormErrorKey } from '@/lib/settings/forms';
import { isPlatformOn, withHost, withPlatform } from '@/lib/settings/sites';
import { disableSite, enableSite } from '@/lib/sites/opt-in';

export interface OptInServices {
  /** hostnames of the other sites turned on (registered content scripts) */
  list(): Promise<string[]>;
  /** must be called straight from the click or submit (permission prompt) */
  enable(url: string): Promise<boolean>;
  disable(url: string): Promise<void>;
}

export const defaultOptInServices: OptInServices = {
  async list() {
    if (!browser.scripting?.getRegisteredContentScripts) return [];
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return [
      ...new Set(
        scripts
          .filter((s) => s.id.startsWith('saring-site-'))
          .flatMap((s) => s.matches ?? [])
          .map((m) => /^https?:\/\/([^/]+)\//.exec(m)?.[1] ?? '')
          .filter(Boolean),
      ),
    ];
  },
  enable: (url) => enableSite(url),
  disable: (url) => disableSite(url),
};

export function SitesSection(props: { settings: Settings; save: (patch: Partial<Settings>) => Promise<void>; services: OptInServices }) {
  const id = useId();
  const [others, setOthers] = useState<string[] | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const { services } = props;

  const refresh = useCallback(() => {
    services.list().then(setOthers, () => setOthers([]));
  }, [services]);
  useEffect(refresh, [refresh]);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const r = siteSchema.safeParse(value);
    if (!r.success) {
      setError(i18n.t((r.error.issues[0]?.message ?? 'errors.site') as FormErrorKey));
      return;
    }
    const host = r.data;
    // straight from the submit: the browser's permission prompt needs the user's action
    services.enable(`https://${host}/`).then(
      async (ok) => {
        if (!ok) {
          setError(i18n.t('options.sites.denied'));
          return;
        }
        setError('');
        setValue('');
        await props.save({ disabledSites: withHost(props.settings.disabledSites, host, true) });
        refresh();
      },
      (err: unknown) => setError(i18n.t('site.enableFailed', [String(err)])),
    );
  };

  return (
    <div className="sites">
      <ul className="switch-list">
        {PLATFORMS.map((p) => (
          <li key={p.id} data-platform={p.id}>
            <Switch
              label={p.name}
              checked={isPlatformOn(props.settings, p)}
              onChange={(on) => void props.save({ disabledSites: withPlatform(props.settings.disabledSites, p, on) })}
            />
          </li>
        ))}
      </ul>
      <h3 className="list-editor__heading" id={`${id}-others`}>
        {i18n.t('options.sites.others')}
      </h3>
      {others && others.length ? (
        <ul className="chips" aria-labelledby={`${id}-others`}>
          {others.map((h) => (
            <li key={h} className="chip" data-site={h}>
              <span>{h}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={i18n.t('common.removeItem', [h])}
                onClick={() => void services.disable(`https://${h}/`).then(refresh)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{i18n.t('options.sites.noOthers')}</p>
      )}
      <form className="inline-form" onSubmit={add} noValidate>
        <label htmlFor={`${id}-add`}>{i18n.t('options.sites.addLabel')}</label>
        <div className="inline-form__row">
          <input
            id={`${id}-add`}
            type="text"
            inputMode="url"
            placeholder="portal.kotaku.go.id"
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-help${error ? ` ${id}-err` : ''}`}
            onChange={(e) => setValue(e.target.value)}
          />
          <button type="submit" className="btn">
            {i18n.t('options.sites.add')}
          </button>
        </div>
        <p id={`${id}-help`} className="field-help">
          {i18n.t('options.sites.addHelp')}
        </p>
        {error ? (
          <p id={`${id}-err`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
