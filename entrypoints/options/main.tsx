import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { followSettingsLanguage, i18n } from '@/components/common/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/common/page.css';

void followSettingsLanguage().then(() => {
  document.title = `Saring — ${i18n.t('options.title')}`;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
});
