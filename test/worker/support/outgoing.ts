// One mail as the sender hands it to a transport, for the transport tests.
import type { OutgoingMail } from '../../../worker/mail/outgoing-mail'

export const MAIL: OutgoingMail = {
  from: { email: 'comments@example.com', name: 'Tea blog' },
  to: 'ann@example.com',
  subject: 'New comment on "Tea"',
  text: 'text',
  html: '<p>html</p>',
  headers: {
    'List-Unsubscribe': '<https://c.example/unsubscribe?token=t>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  idempotencyKey: 'parley-outbox-7',
}
