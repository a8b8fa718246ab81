import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { uiLang } from '@/components/common/lang';
import { PopupApp } from '@/components/popup/PopupApp';
import type { PopupWriteRequest, PopupWriteResponse } from '@/lib/messages/schema';
import { getDb } from '@/lib/store/db';
import './style.css';

const send = (req: PopupWriteRequest) => browser.runtime.sendMessage(req) as Promise<PopupWriteResponse | undefined>;

document.documentElement.lang = uiLang();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp db={getDb()} send={send} />
  </StrictMode>,
);
