/**
 * The popup: a header with the overdue count and tabs. "Janji" (the commitment log) is here; the other
 * tabs (e.g. "Periksa", the quick check) come in `extraTabs` from the tabs table in ./tabs.tsx.
 */
import { useEffect, useState } from 'react';
import { i18n } from '@/components/common/i18n';
import { Tabs, type TabSpec } from '@/components/common/Tabs';
import type { SaringDB } from '@/lib/store/db';
import { JanjiStoreContext, useJanji } from './context';
import { JanjiTab } from './JanjiTab';
import { createJanjiStore, type Send } from './store';

export interface PopupAppProps {
  db: SaringDB;
  send: Send;
  /** the clock; fixed in tests */
  now?: Date;
  initialTab?: string;
  /** more tabs after "Janji" */
  extraTabs?: readonly TabSpec[];
}

export function PopupApp(props: PopupAppProps) {
  const [now] = useState(() => props.now ?? new Date());
  const [store] = useState(() => createJanjiStore({ db: props.db, send: props.send, now }));
  useEffect(() => store.getState().start(), [store]);
  return (
    <JanjiStoreContext.Provider value={store}>
      <PopupShell {...props} now={now} />
    </JanjiStoreContext.Provider>
  );
}

function PopupShell({ now, db, initialTab, extraTabs = [] }: PopupAppProps & { now: Date }) {
  const loading = useJanji((s) => s.loading);
  const overdue = useJanji((s) => s.overdueAll);
  const [tab, setTab] = useState(initialTab ?? 'janji');

  const tabs: TabSpec[] = [
    {
      id: 'janji',
      label: i18n.t('popup.tabs.janji'),
      badge:
        overdue > 0 ? (
          <span className="tabs__badge" aria-hidden="true">
            {overdue}
          </span>
        ) : null,
      render: () => <JanjiTab now={now} db={db} />,
    },
    ...extraTabs,
  ];

  return (
    <div className="popup">
      <header className="popup__header">
        <div>
          <h1 className="popup__title">{i18n.t('popup.title')}</h1>
          <p className="popup__tagline">{i18n.t('popup.tagline')}</p>
        </div>
        <div className="popup__side">
          {loading ? null : (
            <p className={`overdue ${overdue > 0 ? 'overdue--alert' : ''}`} data-overdue-count={overdue}>
              {i18n.t('popup.overdueCount', overdue)}
            </p>
          )}
          {/* the accountability report, an extension page of its own (entrypoints/report) */}
          <a className="popup__report" href="report.html" target="_blank" rel="noopener" title={i18n.t('popup.reportLabel')} data-open-report>
            {i18n.t('popup.report')}
          </a>
        </div>
      </header>
      <Tabs tabs={tabs} active={tab} onChange={setTab} label={i18n.t('popup.tabs.label')} />
    </div>
  );
}
