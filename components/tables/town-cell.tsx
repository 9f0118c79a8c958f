import Link from 'next/link';
import { SyntheticBadge } from '@/components/dashboard/synthetic-badge';

/** A town's name linking to its profile, with the synthetic-data badge where it applies. */
export function TownCell({ id, name, parentName, synthetic }: { id: number; name: string; parentName?: string | null; synthetic: boolean }) {
  return (
    <th scope="row">
      <Link href={`/towns/${id}`}>{name}</Link>
      {parentName ? <span className="parent-name">{parentName}</span> : null}
      <SyntheticBadge show={synthetic} />
    </th>
  );
}
