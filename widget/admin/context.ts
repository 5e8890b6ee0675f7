// What every admin view needs: the strings, the API, who is signed in, and one place to announce results and errors.
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { AdminApi } from './admin-api'
import type { Language } from '../../worker/domain'
import type { AdminStrings } from './i18n'

export type AdminContext = {
  t: AdminStrings
  lang: Language
  api: AdminApi
  /** The owner, not an admin signed in through Access: only the owner manages blocks and adds sites. */
  owner: boolean
  /** Says `text` in the page's live region (and shows it). */
  announce: (text: string) => void
  /** Turns any failure into the owner's words in the live region; a 401 goes back to the sign-in form. */
  fail: (err: unknown) => void
}

export const AdminCtx = createContext<AdminContext>(null as unknown as AdminContext)

export const useAdmin = () => useContext(AdminCtx)
