// What the forms remember between visits: the commenter's details for the next comment, the author token of each site
// they wrote on (how the server knows a returning author; typing an address proves nothing), and the edit token of
// each comment they post (read back by widget/store.ts).
import { OWN, type Own, ownComments, read, write } from '../store'

type Me = { name: string; email: string; website: string }

const ME = 'parley-me'
const AUTHOR = 'parley-author'

export const loadMe = () => read<Me>(ME, { name: '', email: '', website: '' })
export const saveMe = (me: Me) => write(ME, me)

const authorTokens = () => read<Record<string, string>>(AUTHOR, {})
export const authorToken = (site: string): string | undefined => authorTokens()[site]
export const saveAuthorToken = (site: string, token: string) => write(AUTHOR, { ...authorTokens(), [site]: token })

/** Stores `own` for its comment, or forgets comment `id` when `own` is null; expired entries go too. */
export function keepOwn(id: number, own: Own | null) {
  write(OWN, [...ownComments().filter((o) => o.id !== id), ...(own ? [own] : [])])
}
