// Tenure: a person holding a title at a body, as seen between two dates, with its evidence.
import * as q from '../graph/queries.ts';
import { builder } from './builder.ts';
import { sourceFields } from './sources.ts';
import { notFound } from './errors.ts';
import { BodyRef, isTenure, PersonRef, TenureRef } from './refs.ts';
import { nameText, titleText } from './validate.ts';

TenureRef.implement({
  description:
    'A person holding a title at a body. firstSeen and lastSeen are the earliest and latest dates (of events or reports) that state it; the real term may be longer.',
  isTypeOf: isTenure,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title, e.g. "Bí thư", "Chủ tịch".' }),
    body: t.field({ type: BodyRef, description: 'The body the title is held at.', resolve: (x) => x.body }),
    bodyName: t.string({ description: 'The name of the body.', resolve: (x) => x.body.name }),
    person: t.field({ type: PersonRef, description: 'Who held it.', resolve: (x) => x.personId }),
    firstSeen: t.string({ nullable: true, description: 'The earliest date a source states it ("YYYY-MM-DD").', resolve: (x) => x.firstSeen }),
    lastSeen: t.string({ nullable: true, description: 'The latest date a source states it ("YYYY-MM-DD").', resolve: (x) => x.lastSeen }),
    ...sourceFields(t, 'tenure', 'The sentences that state this tenure', (x) => x.key),
  }),
});


builder.queryFields((t) => ({
  officeHolders: t.field({
    type: [TenureRef],
    description:
      'Who held a title at a body ("Bí thư" of "Huyện ủy Đông Sơn"), optionally on a day: tenures seen around it ' +
      '(firstSeen <= on <= lastSeen), oldest first, each with its sources. NOT_FOUND when no body has that name.',
    args: {
      title: t.arg.string({ required: true, validate: titleText, description: 'The title, e.g. "Bí thư", "Chủ tịch".' }),
      body: t.arg.string({ required: true, validate: nameText, description: 'The body, e.g. "Huyện ủy Đông Sơn".' }),
      on: t.arg({ type: 'Date', description: 'The day, e.g. "2023-06-01".' }),
    },
    resolve: async (_root, args, ctx) => {
      const { bodies, tenures } = await q.officeHolders(ctx.reader, args.title, args.body, args.on ?? null);
      if (bodies.length === 0) throw notFound(`No body named "${args.body}".`);
      return tenures;
    },
  }),
}));
