// What the forms remember between visits: the commenter's details for the next comment, and the edit token of each
// comment they post (read back by widget/store.ts).
import { OWN, type Own, ownComments, read, write } from '../store'

type Me = { name: string; email: string; website: string }

const ME = 'parley-me'

export const loadMe = () => read<Me>(ME, { name: '', email: '', website: '' })
export const saveMe = (me: Me) => write(ME, me)

/** Stores `own` for its comment, or forgets comment `id` when `own` is null; expired entries go too. */
export function keepOwn(id: number, own: Own | null) {
  write(OWN, [...ownComments().filter((o) => o.id !== id), ...(own ? [own] : [])])
}
