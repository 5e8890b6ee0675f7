// The forms (widget/form/) are parley-form.js, which parley.js adds to the page when a reader first uses one: a reader
// who only reads never downloads them.
import { ApiError } from './api'
import type { forms } from './form'

export type Forms = typeof forms

let arrived: ((forms: Forms) => void) | undefined

/** parley-form.js calls this as it runs, with its forms. */
export const formsLoaded = (forms: Forms) => arrived?.(forms)

/** Loads parley-form.js from `src` on the first call; a failed load rejects with a network ApiError, and the next call tries again. */
export function formLoader(src: string) {
  let loading: Promise<Forms> | undefined
  return () =>
    (loading ??= new Promise<Forms>((resolve, reject) => {
      arrived = resolve
      const script = document.createElement('script')
      script.src = src
      // A script that ran has resolved this already, so only a failed request or a broken script rejects. The tag is
      // removed either way: the page keeps its head as it was.
      script.onload = script.onerror = () => {
        script.remove()
        reject(new ApiError(0, 'network', `${src} did not load`))
      }
      document.head.append(script)
    }).catch((err: unknown) => {
      loading = undefined
      throw err
    }))
}
