// Deutsch: jeder Satz zum Moderieren eines Kommentars aus einer Mail heraus (die Form: strings-en.ts).
import type { StoredStatus } from '../domain'
import type { ModerationStrings } from './strings-en'

const deStatus: Record<StoredStatus, string> = {
  published: 'veröffentlicht',
  pending: 'wartet auf Freigabe',
  deleted: 'gelöscht',
  spam: 'als Spam markiert',
}

export const de: ModerationStrings = {
  link: { approve: 'Freigeben', delete: 'Löschen', spam: 'Als Spam markieren' },
  adminPage: 'Verwaltungsseite öffnen',
  askTitle: {
    approve: 'Diesen Kommentar freigeben?',
    delete: 'Diesen Kommentar löschen?',
    spam: 'Diesen Kommentar als Spam markieren?',
  },
  ask: (name, title) => `Der Kommentar von ${name} zu „${title}“.`,
  button: { approve: 'Ja, freigeben und veröffentlichen', delete: 'Ja, löschen', spam: 'Ja, als Spam markieren' },
  doneTitle: { approve: 'Kommentar freigegeben', delete: 'Kommentar gelöscht', spam: 'Kommentar als Spam markiert' },
  done: {
    approve: 'Er ist jetzt veröffentlicht, und wer der Diskussion folgt, erhält eine E-Mail.',
    delete: 'Er erscheint nicht mehr in der Diskussion.',
    spam: 'Er erscheint nicht mehr in der Diskussion und bleibt in der Spam-Liste auf der Verwaltungsseite.',
  },
  usedTitle: 'Dieser Link wurde bereits verwendet',
  used: 'Jeder Link in der E-Mail funktioniert nur einmal. Den Kommentar und alles Weitere finden Sie auf der Verwaltungsseite.',
  stateTitle: 'Nichts zu tun',
  state: (status) =>
    `Dieser Kommentar ist bereits ${deStatus[status]}, daher kann dieser Link nichts mehr daran ändern.`,
  invalidTitle: 'Dieser Link funktioniert nicht',
  invalid:
    'Der Link gehört nicht zu diesem Kommentar oder ist abgelaufen. Kopieren Sie den vollständigen Link aus der E-Mail, oder nutzen Sie die Verwaltungsseite.',
  goneTitle: 'Kommentar nicht gefunden',
  gone: 'Diesen Kommentar gibt es nicht (mehr).',
  brokenTitle: 'Etwas ist schiefgelaufen',
  broken:
    'Der Kommentar wurde nicht geändert. Versuchen Sie es gleich noch einmal, oder nutzen Sie die Verwaltungsseite.',
}
