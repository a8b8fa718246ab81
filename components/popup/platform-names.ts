import { i18n } from '@/components/common/i18n';
import { platformById } from '@/lib/platforms';
import type { PlatformId } from '@/lib/platforms/types';

/** Brand names (from the adapters in lib/platforms) are not translated; "generic" is. */
export function platformName(id: PlatformId | string): string {
  if (id === 'generic') return i18n.t('popup.platforms.generic');
  return platformById(id)?.name ?? id;
}
