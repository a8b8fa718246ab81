import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/components/common/i18n';
import { installMessages } from '../popup/setup';

/** Registers the options pages' test lifecycle: Indonesian messages, a reset fake browser, cleanup afterwards. */
export function setUpOptionsPage(): void {
  beforeAll(async () => {
    await installMessages('id');
  });
  beforeEach(() => {
    fakeBrowser.reset();
    setLanguage('id');
  });
  afterEach(() => {
    cleanup();
    setLanguage(null);
  });
}
