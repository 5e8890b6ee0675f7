// What every component needs: words, API, configuration, and the thread's shared state and actions.
import { createContext } from 'preact'
import type { Comment, PostCommentResponse } from '../worker/api-types'
import type { Api } from './api'
import type { Config } from './config'
import type { Strings } from './i18n'
import type { Forms } from './lazy'

export type Base = { t: Strings; api: Api; config: Config; loadForms: () => Promise<Forms> }

export type Ctx = Base & {
  /** The comment named in location.hash, highlighted. */
  hl: number | null
  /** The comment whose reply form is open. */
  replyTo: number | null
  setReplyTo: (id: number | null) => void
  posted: (res: PostCommentResponse, body: string, message: string) => void
  edited: (c: Comment, body: string) => void
  removed: (id: number) => void
  announce: (message: string) => void
  /** The forms from parley-form.js, once a reader has used one. */
  forms: Forms | null
  /** Fetches the forms if they are not here yet; a failure goes to `fail` (the thread's status line by default). */
  getForms: (fail?: (message: string) => void) => Promise<boolean>
}

// Always provided by App; the default only satisfies the type.
export const Ctx = createContext({} as Ctx)
