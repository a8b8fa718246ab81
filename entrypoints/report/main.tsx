import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// page.css first: the report's own rules (print included) come after it and win
import '@/components/common/page.css';
import { followSettingsLanguage } from '@/components/common/i18n';
import { ReportApp } from '@/components/report/ReportApp';
import { getDb } from '@/lib/store/db';

// report.html?period=quarter&year=2026&q=4&basis=due — the choice is kept in the address (bookmarkable).
void followSettingsLanguage().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ReportApp db={getDb()} search={location.search} onQuery={(q) => history.replaceState(null, '', q)} />
    </StrictMode>,
  );
});
