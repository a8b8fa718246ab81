import { GENERIC_COMPOSE_SELECTORS, type PlatformAdapter } from './types';

/** Any other site the user turns on: any editable box; send by a submit button or Ctrl/Cmd+Enter. */
export const generic: PlatformAdapter = {
  id: 'generic',
  name: 'Situs lain',
  hosts: [],
  matches: [],
  composeSelectors: GENERIC_COMPOSE_SELECTORS,
  sendSelectors: ['button[type="submit"]', 'input[type="submit"]', 'form button:not([type])'],
  enterSends: 'never',
  modEnterSends: true,
};
