// What the browser remembers between visits: the commenter's details, the edit tokens of their own comments, and
// the database bookmark that lets them see their own writes.
export type Me = { name: string; email: string; website: string }
/** One own comment; `body` is the Markdown as sent, since the API returns only HTML. */
export type Own = { id: number; editToken: string; editableUntil: string; body: string }

const ME = 'parley-me'
const OWN = 'parley-own'
const BOOKMARK = 'parley-bookmark'

// Storage can be blocked (private windows, sandboxed frames); the widget then just forgets.
function read<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T | null) ?? fallback
  } catch {
    return fallback
  }
}

function write(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Not remembering is the only consequence.
  }
}

/** The newest D1 bookmark seen: sent back so a replica never answers with data older than the reader's own post. */
export const loadBookmark = () => read<string>(BOOKMARK, '')
export const saveBookmark = (bookmark: string) => write(BOOKMARK, bookmark)

export const loadMe = () => read<Me>(ME, { name: '', email: '', website: '' })
export const saveMe = (me: Me) => write(ME, me)

export const isOpen = (own: Own | undefined): own is Own => !!own && Date.parse(own.editableUntil) > Date.now()

/** Own comments still inside their edit window. */
export const ownComments = () => read<Own[]>(OWN, []).filter(isOpen)

export const findOwn = (id: number) => ownComments().find((o) => o.id === id)

/** Stores `own` for its comment, or forgets comment `id` when `own` is null; expired entries go too. */
export function keepOwn(id: number, own: Own | null) {
  write(OWN, [...ownComments().filter((o) => o.id !== id), ...(own ? [own] : [])])
}
