// Composing a mail (mail/compose.ts): whatever a name or a title holds, no header and no markup gets in.
import { describe, expect, it } from 'vitest'
import { compose } from '../../../worker/mail/compose'

describe('compose', () => {
  it('cannot carry a header or a control character in through a name or a title', async () => {
    const mail = compose({
      language: 'en',
      subject: 'New comment on "Hi\r\nBcc: victim@example.com\u0000\u202e"',
      paragraphs: ['<script>alert(1)</script>'],
      action: { label: 'Read', url: 'https://blog.example/a"onmouseover="x' },
      footer: [],
      unsubscribe: { label: 'Unsubscribe', url: 'https://comments.example/unsubscribe?token=t' },
    })
    expect(mail.subject).toBe('New comment on "Hi Bcc: victim@example.com"')
    for (const value of [mail.subject, ...Object.keys(mail.headers), ...Object.values(mail.headers)]) {
      expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/)
    }
    expect(mail.html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    expect(mail.html).toContain('href="https://blog.example/a&quot;onmouseover=&quot;x"')
  })
})
