import { i18n } from '@/components/common/i18n';
import type { PlatformId } from '@/lib/platforms/types';

/** Brand names are not translated; "generic" is. */
const NAMES: Record<Exclude<PlatformId, 'generic'>, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
  reddit: 'Reddit',
};

export function platformName(id: PlatformId | string): string {
  if (id === 'generic') return i18n.t('popup.platforms.generic');
  return NAMES[id as keyof typeof NAMES] ?? id;
}
