/**
 * Content script: wires the compose controller to the extension (settings, the background store).
 * Matches only the platforms' hosts; other sites are added at run time by the user's opt-in.
 */
import { defineContentScript } from '#imports';
import { ComposeController } from '../lib/compose/controller';
import { createExtensionServices } from '../lib/compose/extension-services';
import { PLATFORM_MATCHES } from '../lib/platforms/matches';
import { platformFor } from '../lib/platforms';
import { claimFrame } from '../lib/wxt/content-script-context';

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  runAt: 'document_idle',
  // compose boxes in same-origin iframes (embedded comment plugins, about:blank/srcdoc editors) get their own
  // controller and <saring-ui>; cross-origin frames run only if their own origin is a platform's
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // ctx is Saring's own context (lib/wxt/content-script-context.ts, aliased in wxt.config.ts): it never talks
  // to the page and ends only when the extension is gone; its signal tears down every listener below
  async main(ctx) {
    if (!claimFrame(ctx)) return; // injected twice into this frame: the live one keeps it
    const services = await createExtensionServices(location.hostname, ctx.signal);
    // "off means off": switching Saring (or this site) off stops it in open tabs; on again starts it
    let controller: ComposeController | null = null;
    const sync = () => {
      if (!services.enabledHere()) {
        controller?.stop();
        controller = null;
      } else if (!controller) {
        controller = new ComposeController(document, platformFor(location.hostname), services);
        controller.start(ctx.signal);
      } else controller.refresh();
    };
    sync();
    services.onChange(sync);
    services.onOpenFindings(() => controller?.openFindings());
  },
});
