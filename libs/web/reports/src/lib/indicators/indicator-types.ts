import type { IndicatorsFieldsFragment } from '@kijkje/web/data-access';

export type Indicators = IndicatorsFieldsFragment;
export type IndicatorPair = Indicators['pairs'][number];
export type IndicatorValue = Indicators['values'][number];
