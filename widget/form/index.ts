// The forms chunk, which App imports on a reader's first use of a form (its shape: widget/forms.ts), with their styles.
export { CommentFields } from './CommentFields'
export { EditForm } from './EditForm'
export { FollowForm } from './FollowForm'
export { OwnActions } from './OwnActions'
export { default as css } from './form.css?inline'
import type { FormWords, Lang } from '../i18n'

/** The forms' words in the reader's language: a chunk of their own, so a reader downloads one language of them. */
export const words = (lang: Lang): Promise<FormWords> =>
  lang === 'nl'
    ? import('./words-nl').then((m) => m.formNl)
    : lang === 'de'
      ? import('./words-de').then((m) => m.formDe)
      : lang === 'fr'
        ? import('./words-fr').then((m) => m.formFr)
        : import('./words-en').then((m) => m.formEn)
