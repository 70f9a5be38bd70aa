import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { BotFrameworkConfig } from '../config';

/**
 * Bot Framework channels (Azure Bot Service: Web Chat, Teams…, and the Emulator) through CloudAdapter.
 * With no app id the adapter accepts unauthenticated local traffic, as the Emulator needs.
 */
export function createCloudAdapter(config: BotFrameworkConfig): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
  });
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, credentials));
}
