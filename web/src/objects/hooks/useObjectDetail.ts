import { useQuery } from '../../ui/graphql';
import { ObjectDetailQuery } from '../operations';

export function useObjectDetail(id: string | undefined) {
  return useQuery(ObjectDetailQuery, { id: id ?? '' }, { skip: !id });
}
