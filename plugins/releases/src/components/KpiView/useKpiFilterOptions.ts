import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/**
 * The systems and owners the KPI filters offer, as entity refs.
 *
 * @internal
 */
export interface KpiFilterOptions {
  systems: string[];
  owners: string[];
}

const NONE: KpiFilterOptions = { systems: [], owners: [] };

/**
 * The systems and groups of the catalog, for the KPI filters. Without the catalog the
 * filters still show the values chosen (from the URL), so a shared link keeps working.
 *
 * @internal
 */
export function useKpiFilterOptions(): KpiFilterOptions {
  const catalogApi = useApi(catalogApiRef);
  const { value } = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: ['System', 'Group'] },
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    });
    const refs = (kind: string) =>
      items
        .filter(entity => entity.kind.toLocaleLowerCase('en-US') === kind)
        .map(entity => stringifyEntityRef(entity))
        .sort((a, b) => a.localeCompare(b, 'en-US'));
    return { systems: refs('system'), owners: refs('group') };
  }, [catalogApi]);
  return value ?? NONE;
}
