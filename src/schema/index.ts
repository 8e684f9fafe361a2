// The GraphQL schema: every type file registers its types and fields on the one builder.
import { builder } from './builder.ts';
import './refs.ts';
import './evidence.ts';
import './place.ts';
import './report.ts';
import './tenure.ts';
import './participation.ts';
import './citation.ts';
import './person.ts';
import './event.ts';
import './document.ts';
import './body.ts';
import './search.ts';
import './connection.ts';
import './mutation.ts';

export const schema = builder.toSchema({ sortSchema: true });
export type { Context } from './builder.ts';
