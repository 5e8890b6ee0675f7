// Edge include: a Worker in front of your site (Cloudflare routes it to your pages) that fills each page's
// <div id="parley"> with its thread from Parley (GET /embed), as the page streams by. Deploy it with PARLEY_URL and
// PARLEY_SITE as vars; the thread key is the page's path, as the widget's default.
type Env = { PARLEY_URL: string; PARLEY_SITE: string }

/** `page` with the fragment in its target; a page without one, or a fragment that failed, passes through unchanged. */
export function fillTarget(page: Response, fragment: Promise<Response>): Response {
  return new HTMLRewriter()
    .on('div#parley', {
      async element(target) {
        const res = await fragment.catch(() => null)
        if (res?.ok) target.setInnerContent(await res.text(), { html: true })
      },
    })
    .transform(page)
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const page = await fetch(request)
    if (!page.headers.get('content-type')?.startsWith('text/html')) return page
    const thread = new URL(request.url).pathname
    // Asked at once, while the page's head streams out before the target.
    const fragment = fetch(`${env.PARLEY_URL}/embed/${env.PARLEY_SITE}?${new URLSearchParams({ thread })}`)
    return fillTarget(page, fragment)
  },
} satisfies ExportedHandler<Env>
