// Draws a challenge code and renders it as an SVG of jittered strokes crossed by noise: paths only, so the code is not in the markup.
import { ALPHABET, GLYPH_HEIGHT, GLYPH_WIDTH, GLYPHS, type Point } from './glyphs'

const WIDTH = 200
const HEIGHT = 70
const MARGIN = 10
/** Pixels per glyph-grid unit at most: a glyph is then about 24 × 36 px; six glyphs get less so they never touch. */
const MAX_UNIT = 6
/** Longer strokes are cut into pieces this long (grid units), so every piece wobbles on its own. */
const PIECE = 1.2

/** A uniform integer in [0, n): rejection sampling, so no value is more likely than another. */
export function randomInt(n: number): number {
  const limit = 2 ** 32 - (2 ** 32 % n)
  for (;;) {
    const [value = limit] = crypto.getRandomValues(new Uint32Array(1))
    if (value < limit) return value % n
  }
}

/** A uniform number in [min, max). */
function between(min: number, max: number): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1))
  return min + (value / 2 ** 32) * (max - min)
}

export function drawCode(length: number = 5 + randomInt(2)): string {
  if (!Number.isInteger(length) || length < 5 || length > 6)
    throw new RangeError('A challenge code has 5 or 6 characters.')
  let code = ''
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

const fmt = (n: number) => String(Math.round(n * 10) / 10)

const polyline = (points: readonly Point[]) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`).join('')

/** Cuts each segment into pieces of at most PIECE units, so the jitter bends straight strokes too. */
function subdivide(points: readonly Point[]): Point[] {
  const out: Point[] = []
  points.forEach(([x, y], i) => {
    const prev = points[i - 1]
    if (prev) {
      const steps = Math.ceil(Math.hypot(x - prev[0], y - prev[1]) / PIECE)
      for (let s = 1; s < steps; s++)
        out.push([prev[0] + ((x - prev[0]) * s) / steps, prev[1] + ((y - prev[1]) * s) / steps])
    }
    out.push([x, y])
  })
  return out
}

/** A gentle wave across the whole image: bends the text as one, which defeats template matching but keeps strokes smooth. */
type Warp = (x: number, y: number) => Point

function makeWarp(): Warp {
  const [amplitude, frequency, phase] = [between(1.5, 3), between(0.03, 0.06), between(0, 2 * Math.PI)]
  return (x, y) => [x, y + amplitude * Math.sin(x * frequency + phase)]
}

/** One glyph's strokes in image coordinates: scaled, rotated a little and every point moved a little. */
function glyphPaths(char: string, centreX: number, centreY: number, unit: number, warp: Warp): string[] {
  const glyph = GLYPHS[char]
  if (!glyph) throw new RangeError(`No glyph for ${JSON.stringify(char)}.`)
  const angle = between(-0.22, 0.22)
  const scaleX = unit * between(0.85, 1.05)
  const scaleY = unit * between(0.9, 1.1)
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)]
  const width = fmt(between(2.2, 3.4))
  return glyph.map((stroke) => {
    // Corners move more than the points between them: enough to vary the shape, not so much that a line turns into a zigzag.
    const corners = stroke.map(([gx, gy]): Point => [gx + between(-0.18, 0.18), gy + between(-0.18, 0.18)])
    const points = subdivide(corners).map(([gx, gy]): Point => {
      const x = (gx - GLYPH_WIDTH / 2 + between(-0.06, 0.06)) * scaleX
      const y = (gy - GLYPH_HEIGHT / 2 + between(-0.06, 0.06)) * scaleY
      return warp(centreX + x * cos - y * sin, centreY + x * sin + y * cos)
    })
    return `<path stroke-width="${width}" d="${polyline(points)}"/>`
  })
}

/** A curve from the left edge to the right edge through the band where the text is. */
function noiseCurve(): string {
  const y = () => fmt(between(14, HEIGHT - 14))
  const x = (from: number, to: number) => fmt(between(from, to))
  const d = `M${x(0, 12)} ${y()}C${x(40, 90)} ${y()} ${x(110, 160)} ${y()} ${x(WIDTH - 12, WIDTH)} ${y()}`
  return `<path stroke-width="${fmt(between(1, 2.2))}" stroke-opacity="${fmt(between(0.45, 0.7))}" d="${d}"/>`
}

/** Dots drawn as zero-length strokes: the round cap makes each one a disc, and one path holds them all. */
function noiseDots(count: number): string {
  let d = ''
  for (let i = 0; i < count; i++) d += `M${fmt(between(2, WIDTH - 2))} ${fmt(between(2, HEIGHT - 2))}h0`
  return `<path stroke-width="${fmt(between(2, 3))}" stroke-opacity="0.5" d="${d}"/>`
}

/** The order of the paths is shuffled, so the markup's order does not hand a bot the glyphs left to right. */
function shuffle<T>(items: readonly T[]): T[] {
  const rest = [...items]
  const out: T[] = []
  while (rest.length > 0) out.push(...rest.splice(randomInt(rest.length), 1))
  return out
}

export function renderSvg(code: string): string {
  const cell = (WIDTH - 2 * MARGIN) / code.length
  const unit = Math.min(MAX_UNIT, cell / 5.8)
  const warp = makeWarp()
  const paths = [...code].flatMap((char, i) =>
    glyphPaths(char, MARGIN + cell * (i + 0.5) + between(-1.5, 1.5), HEIGHT / 2 + between(-5, 5), unit, warp),
  )
  const noiseCount = 3 + randomInt(2)
  for (let i = 0; i < noiseCount; i++) paths.push(noiseCurve())
  paths.push(noiseDots(12 + randomInt(8)))
  // Shared presentation attributes sit on the root and are inherited: a smaller image, and currentColor lets the widget theme it.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" ` +
    `fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">${shuffle(paths).join('')}</svg>`
  )
}
