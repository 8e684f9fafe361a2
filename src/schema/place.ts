// Place: an administrative unit (province, district, commune).
import * as q from '../graph/queries.ts';
import { builder, loaderOptions } from './builder.ts';
import { isPlace, PlaceRef } from './refs.ts';

PlaceRef.implement({
  description: 'An administrative unit: a province (tỉnh), district (huyện, quận, thị xã, thành phố) or commune (xã, phường, thị trấn).',
  isTypeOf: isPlace,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The official unit code (stable across renamings).' }),
    name: t.exposeString('name'),
    type: t.string({ nullable: true, description: 'tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn or đặc khu.', resolve: (u) => u.type }),
    level: t.string({ nullable: true, description: 'province, district or commune.', resolve: (u) => u.level }),
    validFrom: t.string({ nullable: true, description: 'This version of the unit exists from this day (null: since the first snapshot).', resolve: (u) => u.validFrom }),
    validTo: t.string({ nullable: true, description: 'This version ends on this day (null: still current).', resolve: (u) => u.validTo }),
    partOf: t.loadable({
      loaderOptions,
      type: PlaceRef,
      nullable: true,
      description: 'The unit this one belongs to (a district for a commune, a province for a district).',
      load: (keys: string[], ctx) => q.placeParents(ctx.reader, keys).then((lists) => lists.map((l) => l[0] ?? null)),
      resolve: (u) => u.key,
    }),
    succeededBy: t.loadableList({
      loaderOptions,
      type: PlaceRef,
      description: 'The units this one went into in the July 2025 reform (for a district-level unit: the new communes its communes became); empty when unchanged or not recorded.',
      load: (keys: string[], ctx) => q.placeSuccessors(ctx.reader, keys),
      resolve: (u) => u.key,
    }),
  }),
});
