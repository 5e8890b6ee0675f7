// The spam phrases Parley knows, in English and Dutch here, German and French beside it: the sales pitches, link schemes
// and scams that fill comment forms, kept short and whole-phrase so a reader's ordinary words never match. Add to them
// as spam changes (README).
import { GERMAN } from './phrases-de'
import { FRENCH } from './phrases-fr'

const ENGLISH = [
  'buy now',
  'order now',
  'click here',
  'visit my website',
  'visit my site',
  'check out my website',
  'check out my site',
  'check my website',
  'my blog post on',
  'cheap viagra',
  'viagra',
  'cialis',
  'online casino',
  'casino bonus',
  'free spins',
  'payday loan',
  'payday loans',
  'work from home',
  'make money online',
  'earn money online',
  'earn extra cash',
  'per week from home',
  'seo services',
  'buy backlinks',
  'backlinks',
  'crypto investment',
  'bitcoin investment',
  'forex signals',
  'binary options',
  'guaranteed profit',
  'free gift card',
  'limited time offer',
  'weight loss pills',
  'lose weight fast',
  'hot singles',
  'replica watches',
  'essay writing service',
  'i have been surfing online',
  'this is the right blog for anyone',
  'very informative article thanks for sharing',
  'keep posting such',
  'recover your lost funds',
  'hacker recovery',
  'contact him on whatsapp',
  'whatsapp me',
  'telegram me',
  'dm me on telegram',
]

const DUTCH = [
  'klik hier',
  'bezoek mijn website',
  'bezoek mijn site',
  'bekijk mijn website',
  'bekijk mijn site',
  'nu kopen',
  'bestel nu',
  'online casino',
  'gratis spins',
  'snel geld verdienen',
  'geld verdienen vanuit huis',
  'verdien geld',
  'thuiswerken en verdien',
  'lenen zonder bkr',
  'lening zonder bkr',
  'snel lenen',
  'goedkope viagra',
  'afvallen zonder dieet',
  'snel afvallen',
  'crypto investering',
  'bitcoin verdienen',
  'gegarandeerd rendement',
  'gratis cadeaukaart',
  'beperkte aanbieding',
  'seo diensten',
  'backlinks kopen',
  'sexy singles',
  'neem contact op via whatsapp',
  'stuur me een bericht op whatsapp',
  'bedankt voor het delen van deze informatieve',
]

const PHRASES = [...new Set([...ENGLISH, ...DUTCH, ...GERMAN, ...FRENCH])]

/** Lower case, accents off, every run of other characters one space: "Klik HIER!!" reads as "klik hier". */
const normalise = (text: string) =>
  ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `

/** The known phrases in the text, each once. */
export function spamPhrasesIn(text: string): string[] {
  const words = normalise(text)
  return PHRASES.filter((phrase) => words.includes(` ${phrase} `))
}
