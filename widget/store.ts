// What the browser remembers between visits (localStorage): the edit tokens of the reader's own comments, read here;
// the database bookmark that lets them see their own writes. The forms keep the rest (widget/form/remember.ts).
/** One own comment; `body` is the Markdown as sent, since the API returns only HTML. */
export type Own = { id: number; editToken: string; editableUntil: string; body: string }

export const OWN = 'parley-own'
const BOOKMARK = 'parley-bookmark'

// Storage can be blocked (private windows, sandboxed frames); the widget then just forgets.
export function read<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T | null) ?? fallback
  } catch {
    return fallback
  }
}

export function write(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Not remembering is the only consequence.
  }
}

/**
 * The newest D1 bookmark seen: sent back so that a replica never answers with data older than the reader's own post.
 * parley.js reads it for its first request (widget/loader.ts).
 */
export const saveBookmark = (bookmark: string) => write(BOOKMARK, bookmark)

const isOpen = (own: Own | undefined): own is Own => !!own && Date.parse(own.editableUntil) > Date.now()

/** Own comments still inside their edit window. */
export const ownComments = () => read<Own[]>(OWN, []).filter(isOpen)

export const findOwn = (id: number) => ownComments().find((o) => o.id === id)
