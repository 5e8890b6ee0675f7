// The API calls only the forms make: posting, editing and deleting a comment, a challenge code, following. Each takes
// the widget's Api (widget/api.ts) first.
import type {
  ChallengeResponse,
  ProofChallengeResponse,
  Comment,
  FollowRequest,
  FollowResponse,
  PostCommentRequest,
  PostCommentResponse,
} from '../../worker/api-types'
import type { Gate } from '../../worker/domain'
import type { Api } from '../api'

export const postComment = (api: Api, req: PostCommentRequest) =>
  api.call<PostCommentResponse>('/api/comments', { method: 'POST', body: req })

export const editComment = async (api: Api, id: number, token: string, body: string) =>
  (await api.call<{ comment: Comment }>(`/api/comments/${id}`, { method: 'PATCH', body: { body }, token })).comment

export const deleteComment = (api: Api, id: number, token: string) =>
  api.call<unknown>(`/api/comments/${id}`, { method: 'DELETE', token })

export const getChallenge = (api: Api, kind: Gate) =>
  api.call<ChallengeResponse | ProofChallengeResponse>(`/api/challenge?${api.query(kind === 'code' ? {} : { kind })}`)

export const follow = (api: Api, req: FollowRequest) =>
  api.call<FollowResponse>('/api/follow', { method: 'POST', body: req })
