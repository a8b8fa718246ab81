import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { JanjiState, JanjiStore } from './store';

export const JanjiStoreContext = createContext<JanjiStore | null>(null);

export function useJanji<T>(selector: (s: JanjiState) => T): T {
  const store = useContext(JanjiStoreContext);
  if (!store) throw new Error('useJanji outside <JanjiStoreContext>');
  return useStore(store, selector);
}
