// The catalogs as bundled data, validated when loaded, with their translations
// (stories/catalog/<locale>/*.json, checked by npm run check:translations). Imported lazily by
// catalogs.ts, after the first choice is on screen.

import indicators from '../../stories/catalog/indicators.json';
import dimensions from '../../stories/catalog/dimensions.json';
import criticalErrors from '../../stories/catalog/critical-errors.json';
import misconceptions from '../../stories/catalog/misconceptions.json';
import distractors from '../../stories/catalog/distractors.json';
import { CATALOG_FILES, loadCatalogs, type Catalogs } from '../core/encounter/catalog.ts';
import {
  catalogsInLanguage,
  checkCatalogTranslation,
  type CatalogTranslation,
  type RawCatalogTranslation,
} from '../core/encounter/catalog-language.ts';

const translated = import.meta.glob<unknown>('../../stories/catalog/*/*.json', {
  eager: true,
  import: 'default',
});

/** Each language's catalog files, by locale (the folder name) and catalog. */
function rawTranslations(): Map<string, RawCatalogTranslation> {
  const byLocale = new Map<string, Record<string, unknown>>();
  for (const [path, data] of Object.entries(translated)) {
    const [locale = '', file = ''] = path.split('/').slice(-2);
    const name = Object.entries(CATALOG_FILES).find(([, f]) => f === file)?.[0];
    if (!name) continue;
    const entry = byLocale.get(locale) ?? {};
    entry[name] = data;
    byLocale.set(locale, entry);
  }
  return byLocale as Map<string, RawCatalogTranslation>;
}

/** The catalogs, their words in the language `current()` names where translated. */
export function bundledCatalogs(current: () => string): Catalogs {
  const english = loadCatalogs({ indicators, dimensions, criticalErrors, misconceptions, distractors });
  const translations: Record<string, CatalogTranslation> = {};
  for (const [locale, raw] of rawTranslations())
    translations[locale] = checkCatalogTranslation(english, raw, `stories/catalog/${locale}`).translation;
  return catalogsInLanguage(english, translations, current);
}
