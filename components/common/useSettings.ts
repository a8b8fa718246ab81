/** The stored settings in a component: loaded once, kept in sync with storage, saved validated. */
import { useCallback, useEffect, useState } from 'react';
import { loadSettings, saveSettings, watchSettings, type Settings } from '@/lib/settings';

export type SettingsPatch = Parameters<typeof saveSettings>[0];

export function useSettings(): { settings: Settings | null; save: (patch: SettingsPatch) => Promise<Settings> } {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => live && setSettings(s),
      () => {},
    );
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = useCallback(async (patch: SettingsPatch) => {
    const next = await saveSettings(patch);
    setSettings(next);
    return next;
  }, []);
  return { settings, save };
}
