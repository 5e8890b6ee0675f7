// The forms chunk, which App imports on a reader's first use of a form (its shape: widget/forms.ts), with their styles.
export { CommentFields } from './CommentFields'
export { EditForm } from './EditForm'
export { FollowForm } from './FollowForm'
export { OwnActions } from './OwnActions'
export { default as css } from './form.css?inline'
