// What every component is handed as its `ctx` prop: words, API, configuration, and the thread's shared state and
// actions; and the shape of the forms chunk (widget/form/), which App imports on a reader's first use of a form, so that
// a reader who only reads never downloads it. A prop rather than a Preact context, whose code would add 0.2 kB gzip
// to the first load.
import type { FunctionComponent, RefObject } from 'preact'
import type { Comment, ListResponse } from '../worker/api-types'
import type { Api } from './api'
import type { Config } from './config'
import type { FormState } from './form-state'
import type { Lang, FormWords, Strings, Words } from './i18n'
import type { Own } from './store'

/**
 * `first`: the thread's first page when the page already shows it (the server's fragment, widget/loader.ts); `fresh`:
 * it is recent enough that the widget need not ask for it again.
 */
export type Base = { t: Words; api: Api; config: Config; first?: ListResponse | null; fresh?: boolean }

export type Ctx = Omit<Base, 't'> & {
  /** The forms' words are in it once the forms are here (`forms`): only the forms read them. */
  t: Strings
  /** The comment named in location.hash, highlighted. */
  hl: number | null
  /** The comment whose reply form is open. */
  replyTo: number | null
  setReplyTo: (id: number | null) => void
  /** Applies `edit` to the thread's comments, and moves their count by `by`. */
  change: (edit: (list: Comment[]) => Comment[], by?: number) => void
  /** Moves the focus, once rendered, to comment `id` or (null) to the thread's status line. */
  focus: (id: number | null) => void
  announce: (message: string) => void
  /** The forms chunk with every word, once a reader has used a form. */
  forms: LoadedForms | null
  /** Imports the forms if they are not here yet; a failure goes to `fail` (the thread's status line by default). */
  getForms: (fail?: (message: string) => void) => Promise<boolean>
}

/** The comment form's fields after its text, and the sending: CommentForm renders them into its own `form`. */
export type CommentFieldsProps = { parentId: number | null; onCancel?: () => void; form: FormState; ctx: Ctx }
export type EditFormProps = { c: Comment; mine: Own; onDone: (saved: boolean) => void; ctx: Ctx }
/** Edit and Delete on an own comment, in its row of buttons; `editRef` gets the focus back after an edit. */
export type OwnActionsProps = {
  c: Comment
  mine: Own
  editRef: RefObject<HTMLButtonElement | null>
  onEdit: () => void
  ctx: Ctx
}
/** `id`: the form's, which the toggle's aria-controls names. */
export type FollowFormProps = { id: string; ctx: Ctx }

export type Forms = {
  CommentFields: FunctionComponent<CommentFieldsProps>
  EditForm: FunctionComponent<EditFormProps>
  OwnActions: FunctionComponent<OwnActionsProps>
  FollowForm: FunctionComponent<FollowFormProps>
  /** Their styles, added to the shadow root beside the widget's own. */
  css: string
  words: (lang: Lang) => Promise<FormWords>
}

export type LoadedForms = Forms & { t: Strings }
