// The forms of parley-form.js, which parley.js fetches when a reader first uses one (entry.ts hands them over).
import { CommentForm } from './CommentForm'
import { DeleteAsk } from './DeleteAsk'
import { EditForm } from './EditForm'
import { FollowForm } from './FollowForm'

export const forms = { CommentForm, DeleteAsk, EditForm, FollowForm }
