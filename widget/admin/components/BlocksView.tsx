// Blocked addresses and IP hashes: add one, see who blocked what and when, and lift a block.
import { h } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Block } from '../../../worker/admin-types'
import { BLOCK_KINDS, type BlockKind } from '../../../worker/domain'
import { asApiError } from '../../api'
import { Field } from '../../components/Field'
import { exact } from '../../i18n'
import { useAdmin } from '../context'
import { adminError } from '../i18n'
import { Choice } from './Choice'

export function BlocksView() {
  const { t, lang, api, announce, fail } = useAdmin()
  const [blocks, setBlocks] = useState<Block[] | null>(null)
  const [error, setError] = useState('')
  const form = useRef<HTMLFormElement>(null)

  const reload = () => api.blocks().then((r) => setBlocks(r.items), fail)
  useEffect(() => void reload(), [])

  async function add(event: Event) {
    event.preventDefault()
    const data = new FormData(form.current!)
    const value = String(data.get('value') ?? '')
    try {
      const { block } = await api.block(
        data.get('kind') as BlockKind,
        value,
        String(data.get('note') ?? '') || undefined,
      )
      form.current!.reset()
      setError('')
      announce(t.blocked(block.value))
      await reload()
    } catch (err) {
      const e = asApiError(err)
      if (e.field === 'value') setError(adminError(t, e))
      fail(err)
    }
  }

  async function unblock(block: Block) {
    try {
      await api.unblock(block.id)
      announce(t.unblocked(block.value))
      await reload()
    } catch (err) {
      fail(err)
    }
  }

  return (
    <section aria-labelledby="vh">
      <h2 id="vh">{t.tabs.blocks}</h2>
      <form ref={form} class="panel" aria-labelledby="bh" onSubmit={add}>
        <h3 id="bh">{t.blockTitle}</h3>
        <p class="meta">{t.blockHint}</p>
        <Choice id="bk" name="kind" label={t.kind} options={BLOCK_KINDS} text={(kind) => t.kinds[kind]} />
        <Field id="bv" name="value" label={t.value} error={error || undefined} required />
        <Field id="bn" name="note" label={t.note} />
        <button class="btn">{t.block}</button>
      </form>
      {blocks === null ? (
        <p class="meta">{t.loading}</p>
      ) : blocks.length === 0 ? (
        <p class="meta">{t.none}</p>
      ) : (
        <ul class="cards">
          {blocks.map((b) => (
            <li key={b.id} class="card">
              <strong>{b.value}</strong> <span class="meta">{t.kinds[b.kind]}</span>{' '}
              <span class="meta">
                {t.by(b.createdBy)}, {exact(b.createdAt, lang)}
              </span>
              {b.note && <p>{b.note}</p>}
              <button type="button" class="btn sec" onClick={() => unblock(b)}>
                {t.unblock}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
