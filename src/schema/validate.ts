// zod schemas for arguments (validation plugin); a failure becomes a BAD_USER_INPUT error.
import { z } from 'zod';

const text = (max: number, what: string) =>
  z.string().max(max, { error: `${what} is too long (at most ${max} characters)` }).refine((s) => s.trim().length > 0, {
    error: `${what} must not be empty`,
  });

export const searchText = text(200, 'the search text');
/** A filter argument: any string up to a bound (an empty one filters nothing out, as before). */
export const filterText = z.string().max(200, { error: 'the filter is too long (at most 200 characters)' });
export const documentNumber = text(100, 'the document number');
export const nameText = text(200, 'the name');
export const titleText = text(100, 'the title');
