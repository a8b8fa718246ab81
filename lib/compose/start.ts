/**
 * The compose side of the content script, started on the first focus in an editable box
 * (entrypoints/content.ts → /analyzer.js, which registers this as COMPOSE_GLOBAL): reads the settings,
 * builds the controller and its <saring-ui>, and follows settings changes ("off means off").
 */
import { platformFor } from '../platforms';
import { ComposeController } from './controller';
import { createExtensionServices } from './extension-services';

export type StartCompose = (lifetime: AbortSignal) => Promise<void>;

export const startCompose: StartCompose = async (lifetime) => {
  if (lifetime.aborted) return;
  const services = await createExtensionServices(location.hostname, lifetime);
  if (lifetime.aborted) return;
  // "off means off": switching Saring (or this site) off stops it in open tabs; on again starts it
  let controller: ComposeController | null = null;
  const sync = () => {
    if (!services.enabledHere()) {
      controller?.stop();
      controller = null;
    } else if (!controller) {
      controller = new ComposeController(document, platformFor(location.hostname), services);
      controller.start(lifetime);
    } else controller.refresh();
  };
  sync();
  services.onChange(sync);
  services.onOpenFindings(() => controller?.openFindings());
};
