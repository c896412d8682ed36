import { CiRelationType } from '@stagegate/plugin-releases-common';

/**
 * Each CI relation type in words, read from the CI the card is about to the related one.
 *
 * @internal
 */
export const RELATION_WORDS: Record<CiRelationType, string> = {
  dependsOn: 'depends on',
  partOf: 'part of',
  consumesApi: 'consumes API',
  dependencyOf: 'dependency of',
  hasPart: 'has part',
  providesApi: 'provides API',
  apiConsumedBy: 'API consumed by',
  apiProvidedBy: 'API provided by',
};

/**
 * A relation type in words; an unknown type is shown as it is.
 *
 * @internal
 */
export function relationInWords(type: string): string {
  return Object.prototype.hasOwnProperty.call(RELATION_WORDS, type)
    ? RELATION_WORDS[type as CiRelationType]
    : type;
}
