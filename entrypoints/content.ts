/**
 * Content script: wires the compose controller to the extension (settings, the background store).
 * Matches only the platforms' hosts; other sites are added at run time by the user's opt-in.
 */
import { defineContentScript } from '#imports';
import { ComposeController } from '../lib/compose/controller';
import { createExtensionServices } from '../lib/compose/extension-services';
import { PLATFORM_MATCHES } from '../lib/platforms/matches';
import { platformFor } from '../lib/platforms';

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  runAt: 'document_idle',
  // compose boxes in same-origin iframes (embedded comment plugins, about:blank/srcdoc editors) get their own
  // controller and <saring-ui>; cross-origin frames run only if their own origin is a platform's
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  async main(ctx) {
    // injected twice (registered for an opted-in site and injected into the open tab): run once
    const g = globalThis as { __saringStarted?: boolean };
    if (g.__saringStarted) return;
    g.__saringStarted = true;
    const services = await createExtensionServices(location.hostname);
    if (!services.enabledHere()) return;
    const controller = new ComposeController(document, platformFor(location.hostname), services);
    controller.start();
    services.onChange(() => controller.refresh());
    services.onOpenFindings(() => controller.openFindings());
    ctx.onInvalidated(() => {
      controller.stop();
      services.dispose();
    });
  },
});
