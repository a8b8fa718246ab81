import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { uiLang } from '@/components/common/lang';
import { PopupApp } from '@/components/popup/PopupApp';
import { setupPopupTabs, type PopupView } from '@/components/popup/tabs';
import type { PopupWriteRequest, PopupWriteResponse } from '@/lib/messages/schema';
import { getDb } from '@/lib/store/db';
import './style.css';

const send = (req: PopupWriteRequest) => browser.runtime.sendMessage(req) as Promise<PopupWriteResponse | undefined>;

document.documentElement.lang = uiLang();
const root = createRoot(document.getElementById('root')!);
// The tabs after "Janji" (Periksa: quick check, site switch, context-menu selection): components/popup/tabs.tsx
const show = (v: PopupView) =>
  root.render(
    <StrictMode>
      <PopupApp key={v.key} db={getDb()} send={send} initialTab={v.initialTab} extraTabs={v.extraTabs} />
    </StrictMode>,
  );
void setupPopupTabs().then((p) => {
  show(p.view);
  p.onChange(show);
});
