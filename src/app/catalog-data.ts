// The catalogs as bundled data, validated when loaded. Imported lazily by catalogs.ts.

import indicators from '../../stories/catalog/indicators.json';
import dimensions from '../../stories/catalog/dimensions.json';
import criticalErrors from '../../stories/catalog/critical-errors.json';
import misconceptions from '../../stories/catalog/misconceptions.json';
import distractors from '../../stories/catalog/distractors.json';
import { loadCatalogs, type Catalogs } from '../core/encounter/catalog.ts';

export function bundledCatalogs(): Catalogs {
  return loadCatalogs({ indicators, dimensions, criticalErrors, misconceptions, distractors });
}
