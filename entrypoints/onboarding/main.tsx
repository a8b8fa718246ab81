import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { followSettingsLanguage, i18n } from '@/components/common/i18n';
import { Onboarding } from '@/components/options/Onboarding';
import '@/components/common/page.css';

async function shortcut(): Promise<string | undefined> {
  try {
    const cmds = await browser.commands.getAll();
    return cmds.find((c) => c.name === 'open-findings')?.shortcut || undefined;
  } catch {
    return undefined;
  }
}

void Promise.all([followSettingsLanguage(), shortcut()]).then(([, keys]) => {
  document.title = i18n.t('onboarding.title');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Onboarding shortcut={keys} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
    </StrictMode>,
  );
});
