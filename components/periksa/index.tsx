import type { TabSpec } from '@/components/common/Tabs';
import { i18n } from '@/components/common/i18n';
import { createPeriksaStore, PeriksaTab, type PeriksaTabProps } from './PeriksaTab';

export { PeriksaTab, createPeriksaStore } from './PeriksaTab';
export { SiteSwitch, type SiteServices, type CurrentTab } from './SiteSwitch';

/** The popup's "Periksa" tab, for PopupApp's `extraTabs`. */
export function periksaTab(opts: Omit<PeriksaTabProps, 'store'> & { initialText?: string } = {}): TabSpec {
  const { initialText, ...rest } = opts;
  const store = createPeriksaStore(initialText ?? '');
  return {
    id: 'periksa',
    get label() {
      return i18n.t('popup.tabs.periksa');
    },
    render: () => <PeriksaTab store={store} {...rest} />,
  };
}
