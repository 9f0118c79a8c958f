// The region tree held in memory for one import batch: ~45,000 rows nationally, loaded in
// one query, so matching thousands of files costs no per-file lookups.
import type { Db } from '../db/client.ts';
import type { RegionLevel } from '../db/generated/prisma/enums.ts';

export type RegionNode = { id: number; parentId: number | null; level: RegionLevel; name: string; synthetic: boolean };

export class RegionIndex {
  private readonly byId = new Map<number, RegionNode>();
  private readonly townsByName = new Map<string, RegionNode[]>();
  private readonly childrenByParent = new Map<number | null, RegionNode[]>();

  constructor(nodes: RegionNode[]) {
    for (const node of nodes) this.add(node);
  }

  static async load(db: Db): Promise<RegionIndex> {
    const rows = await db.region.findMany({ select: { id: true, parentId: true, level: true, name: true, synthetic: true } });
    return new RegionIndex(rows);
  }

  add(node: RegionNode): void {
    this.byId.set(node.id, node);
    const siblings = this.childrenByParent.get(node.parentId) ?? [];
    siblings.push(node);
    this.childrenByParent.set(node.parentId, siblings);
    if (node.level === 'township') {
      const same = this.townsByName.get(node.name) ?? [];
      same.push(node);
      this.townsByName.set(node.name, same);
    }
  }

  get(id: number): RegionNode | undefined {
    return this.byId.get(id);
  }

  child(parentId: number | null, name: string): RegionNode | undefined {
    return this.childrenByParent.get(parentId)?.find((node) => node.name === name);
  }

  /** Resolves `河南省/济源市` from the root; undefined when any part is unknown. */
  resolvePath(names: string[]): RegionNode | undefined {
    let parentId: number | null = null;
    let node: RegionNode | undefined;
    for (const name of names) {
      node = this.child(parentId, name);
      if (!node) return undefined;
      parentId = node.id;
    }
    return node;
  }

  ancestors(id: number): RegionNode[] {
    const chain: RegionNode[] = [];
    for (let node = this.byId.get(id); node; node = node.parentId === null ? undefined : this.byId.get(node.parentId)) chain.unshift(node);
    return chain;
  }

  pathOf(id: number): string {
    return this.ancestors(id)
      .map((node) => node.name)
      .join('/');
  }

  isWithin(id: number, ancestorId: number): boolean {
    return this.ancestors(id).some((node) => node.id === ancestorId);
  }

  townsNamed(name: string): RegionNode[] {
    return this.townsByName.get(name) ?? [];
  }
}
