// The commenter's initials in a circle, coloured from the avatar key so each name keeps its colour.
import { h } from 'preact'
export function Avatar({ name, seed }: { name: string; seed: string }) {
  let hue = 0
  for (const ch of seed) hue = (hue * 31 + ch.charCodeAt(0)) % 360
  // The first letter of the first and of the last word.
  const [first = '?', ...more] = name.match(/(?<!\S)\S/gu) ?? []
  // Decorative: the name is written right next to it. Lightness 30% keeps white text readable on every hue.
  return (
    <span class="av" aria-hidden="true" style={{ background: `hsl(${hue} 45% 30%)` }}>
      {(first + (more.pop() ?? '')).toUpperCase()}
    </span>
  )
}
