// The length limit of every field the public API takes, in characters (code points). Plain data with no imports: the
// Worker's readers refuse longer values and the widget's fields stop at the same numbers (test/widget/limits.test.tsx).

/** The fields a reader fills in in the widget: apart, so that the widget's code carries these numbers and no others. */
export const READER_LIMITS = {
  name: 80,
  email: 254,
  website: 300,
  body: 5000,
  /** Longer than any code with room for stray spaces; anything longer is wrong without hashing it. */
  challengeAnswer: 32,
} as const

export const LIMITS = {
  site: 64,
  thread: 200,
  threadTitle: 200,
  threadUrl: 500,
  ...READER_LIMITS,
  /** The owner's webhook (admin API): long enough for any chat service's incoming-webhook URL. */
  webhookUrl: 500,
} as const

/** The largest JSON body any endpoint reads, in bytes. */
export const MAX_BODY_BYTES = 32 * 1024
