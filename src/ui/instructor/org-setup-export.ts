// Taking a finished set-up out of the form: the configuration file's text, downloaded as config.json.

import { toConfigFile, type AppConfig } from '../../core/config/config.ts';
import { h } from '../dom.ts';
import { CONFIG_FILE_NAME } from './org-setup-validation.ts';

/** The configuration file for `config`: indented JSON ending in a newline. */
export function configFileText(config: AppConfig): string {
  return `${JSON.stringify(toConfigFile(config), null, 2)}\n`;
}

/** Offers `config` to the browser as a download named config.json. */
export function downloadConfig(config: AppConfig): void {
  const url = URL.createObjectURL(new Blob([configFileText(config)], { type: 'application/json' }));
  const a = h('a', { href: url, download: CONFIG_FILE_NAME, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
