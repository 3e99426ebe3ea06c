/** Orders ids so that each lands after (or before) the ids it names, as the console's nav does. */
export type Placeable = {
  id: string;
  insertAfter?: string | string[];
  insertBefore?: string | string[];
};

const list = (v?: string | string[]) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const placeAll = <T extends Placeable>(fixed: T[], added: T[]): T[] => {
  const out = [...fixed];
  const pending = [...added];
  // Repeat so that items placed relative to other added items find them.
  for (let round = 0; round <= added.length && pending.length; round += 1) {
    for (let i = 0; i < pending.length; ) {
      const item = pending[i];
      const after = list(item.insertAfter)
        .map((id) => out.findIndex((o) => o.id === id))
        .find((ix) => ix >= 0);
      const before = list(item.insertBefore)
        .map((id) => out.findIndex((o) => o.id === id))
        .find((ix) => ix >= 0);
      const anchored = list(item.insertAfter).length + list(item.insertBefore).length > 0;
      if (after !== undefined) out.splice(after + 1, 0, item);
      else if (before !== undefined) out.splice(before, 0, item);
      else if (!anchored || round === added.length) out.push(item);
      else {
        i += 1;
        continue;
      }
      pending.splice(i, 1);
    }
  }
  return [...out, ...pending];
};
