/**
 * The on/off switch for the site in the current tab. On the nine platforms it toggles
 * settings.disabledSites (the whole platform); elsewhere it asks for that one origin and registers the
 * content script (lib/sites/opt-in.ts): "Aktifkan Saring di situs ini".
 */
import { useEffect, useState } from 'react';
import { i18n } from '@/components/common/i18n';
import { useSettings } from '@/components/common/useSettings';
import { disableSite, enableSite, isSiteOptedIn as isOptedIn, originPattern } from '@/lib/sites/opt-in';
import { isPlatformOn, platformOfUrl, withHost, withPlatform } from '@/lib/settings/sites';
import { isSiteEnabled as isHostOn } from '@/lib/settings';

export interface SiteServices {
  isOptedIn(url: string): Promise<boolean>;
  /** must be called straight from the click (the permission prompt needs the user gesture) */
  enable(url: string, tabId?: number): Promise<boolean>;
  disable(url: string): Promise<void>;
}

export const defaultSiteServices: SiteServices = { isOptedIn, enable: enableSite, disable: disableSite };

export interface CurrentTab {
  id?: number;
  url?: string;
}

export function SiteSwitch(props: { tab: CurrentTab | null; services?: SiteServices; onOpenOptions?: () => void }) {
  const services = props.services ?? defaultSiteServices;
  const { settings, save } = useSettings();
  const url = props.tab?.url ?? '';
  const platform = url ? platformOfUrl(url) : null;
  const supported = !!url && originPattern(url) !== null;
  const host = supported ? new URL(url).hostname : '';
  const [optedIn, setOptedIn] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!supported || platform) return;
    let live = true;
    services.isOptedIn(url).then(
      (v) => live && setOptedIn(v),
      () => live && setOptedIn(false),
    );
    return () => {
      live = false;
    };
  }, [url, supported, platform, services]);

  if (!supported) {
    return (
      <section className="site" aria-labelledby="site-heading">
        <h2 id="site-heading" className="site__heading">
          {i18n.t('site.heading')}
        </h2>
        <p className="muted">{i18n.t('site.unavailable')}</p>
      </section>
    );
  }
  if (!settings) return null;

  const masterOff = !settings.enabled ? <p className="site__note">{i18n.t('site.masterOff')}</p> : null;

  if (platform) {
    const on = isPlatformOn(settings, platform);
    const toggle = async () => {
      setStatus('');
      try {
        await save({ disabledSites: withPlatform(settings.disabledSites, platform, !on) });
        setStatus(i18n.t('common.saved'));
      } catch (e) {
        setStatus(i18n.t('common.saveFailed', [String(e)]));
      }
    };
    return (
      <section className="site" aria-labelledby="site-heading">
        <h2 id="site-heading" className="site__heading">
          {i18n.t('site.heading')}
        </h2>
        <div className="switch-row">
          <span id="site-switch-label">{i18n.t('site.platformSwitch', [platform.name])}</span>
          <button
            type="button"
            role="switch"
            aria-checked={on}
            aria-labelledby="site-switch-label"
            className="switch"
            data-site-switch={platform.id}
            onClick={toggle}
          >
            <span className="switch__text">{on ? i18n.t('common.on') : i18n.t('common.off')}</span>
          </button>
        </div>
        {masterOff}
        <p className="site__status" role="status">
          {status}
        </p>
      </section>
    );
  }

  const hostOn = isHostOn({ enabled: true, disabledSites: settings.disabledSites }, host);
  const on = optedIn === true && hostOn;
  const enable = () => {
    setBusy(true);
    setStatus('');
    // no await before this call: the permission prompt must see the click
    const granted = services.enable(url, props.tab?.id);
    void granted
      .then(async (ok) => {
        if (!ok) {
          setStatus(i18n.t('site.enableDenied'));
          return;
        }
        if (!hostOn) await save({ disabledSites: withHost(settings.disabledSites, host, true) });
        setOptedIn(true);
        setStatus(i18n.t('site.reload'));
      })
      .catch((e: unknown) => setStatus(i18n.t('site.enableFailed', [e instanceof Error ? e.message : String(e)])))
      .finally(() => setBusy(false));
  };
  const disable = async () => {
    setBusy(true);
    setStatus('');
    try {
      await services.disable(url);
      setOptedIn(false);
      setStatus(i18n.t('common.saved'));
    } catch (e) {
      setStatus(i18n.t('common.saveFailed', [String(e)]));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="site" aria-labelledby="site-heading">
      <h2 id="site-heading" className="site__heading">
        {i18n.t('site.heading')}
      </h2>
      <p>{on ? i18n.t('site.otherOn', [host]) : i18n.t('site.otherOff', [host])}</p>
      {optedIn === null ? null : on ? (
        <button type="button" className="btn" onClick={disable} disabled={busy} data-site-action="disable">
          {i18n.t('site.disable')}
        </button>
      ) : (
        <button type="button" className="btn btn--primary" onClick={enable} disabled={busy} data-site-action="enable">
          {i18n.t('site.enable')}
        </button>
      )}
      {masterOff}
      <p className="site__status" role="status">
        {status}
      </p>
    </section>
  );
}
