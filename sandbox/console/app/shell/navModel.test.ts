import { type Placeable, placeAll } from './navModel';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('placeAll', () => {
  const fixed: Placeable[] = [{ id: 'home' }, { id: 'networking' }, { id: 'administration' }];

  it('puts an item after the one it names', () => {
    expect(ids(placeAll(fixed, [{ id: 'mesh', insertAfter: 'networking' }]))).toEqual([
      'home',
      'networking',
      'mesh',
      'administration',
    ]);
  });

  it('puts an item before the one it names, and unanchored ones last', () => {
    const added: Placeable[] = [{ id: 'free' }, { id: 'first', insertBefore: 'home' }];
    expect(ids(placeAll(fixed, added))).toEqual([
      'first',
      'home',
      'networking',
      'administration',
      'free',
    ]);
  });

  it('chains items placed after other added items, whatever their order', () => {
    const added = [
      { id: 'c', insertAfter: 'b' },
      { id: 'b', insertAfter: 'a' },
      { id: 'a', insertAfter: 'home' },
    ];
    expect(ids(placeAll<Placeable>([{ id: 'home' }], added))).toEqual(['home', 'a', 'b', 'c']);
  });

  it('appends items whose anchors do not exist', () => {
    expect(ids(placeAll(fixed, [{ id: 'x', insertAfter: 'nowhere' }]))).toEqual([
      'home',
      'networking',
      'administration',
      'x',
    ]);
  });
});
