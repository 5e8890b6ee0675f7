// The forms' words in the reader's language (widget/form/i18n/).
import { useContext } from 'preact/hooks'
import { Ctx } from '../context'
import { formStrings } from './i18n'

export function useStrings() {
  const { t, config } = useContext(Ctx)
  return formStrings(t, config.lang)
}
