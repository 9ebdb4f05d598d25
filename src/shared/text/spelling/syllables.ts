/**
 * Every Vietnamese syllable, generated from the spelling rules (onset × rhyme × tone) rather than
 * taken from a word list (the hunspell-vi lists are GPL). The rules are those of the school
 * orthography: c/k/q, g/gh, ng/ngh by the following vowel; "gi" swallows a rhyme's leading i;
 * stop codas (-p -t -c -ch) take only sắc and nặng; the tone sits on the vowel with a hat or horn,
 * else on the last vowel before a final consonant, else on the first of a closing pair, the middle
 * of three — and oa/oe/uy at the end take either place (hòa/hoà, both accepted).
 * The list over-generates a little (a rare rhyme after an unusual onset): the check's job is to
 * catch typing slips, never to flag a real word.
 */

const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
];

/** Rhymes (vần) without tone, including the medial o/u. */
const RHYMES = `
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e eo ec em en eng ep et
ê êu êch êm ên ênh êp êt
i ia iu ich im in inh ip it
iêc iêm iên iêng iêp iêt iêu
yêm yên yêng yêt yêu y
o oi oc om on ong op ot oong ooc
ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui uc um un ung up ut
uôc uôi uôm uôn uông uôt
ư ưa ưi ưu ưc ưm ưn ưng ưt
ươc ươi ươm ươn ương ươp ươt ươu
oa oai oay oac oach oam oan oang oanh oap oat
oăc oăm oăn oăng oăt
oe oeo oen oet oem
uân uâng uât uây uê uêch uênh uơ
uy uya uych uyên uyêt uyn uynh uyp uyt uyu
`.trim().split(/\s+/u);

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const STOP_TONES = ['\u0301', '\u0323'];
const VOWELS = new Set([...'aăâeêioôơuưy']);
const HATTED = new Set([...'ăâêôơư']);

/** Which onsets may come before a rhyme, by the spelling conventions. */
function onsetFits(onset: string, rhyme: string): boolean {
  const first = rhyme.charAt(0);
  const front = first === 'i' || first === 'e' || first === 'ê' || first === 'y';
  if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front;
  if (onset === 'c' || onset === 'g' || onset === 'ng') return !front;
  if (onset === 'qu') return first !== 'u' && first !== 'ư' && first !== 'o';
  if (first === 'y' && onset !== '' && rhyme !== 'y' && !rhyme.startsWith('yê')) return false;
  if (rhyme.startsWith('yê')) return onset === '' || onset === 'qu';
  return true;
}

/** The written syllable without tone, and the index range of its rhyme's vowels. */
function spell(onset: string, rhyme: string): string {
  if (onset === 'gi' && rhyme.startsWith('i') && rhyme !== 'i') return 'g' + rhyme;
  if (onset === 'gi' && rhyme === 'i') return 'gi';
  return onset + rhyme;
}

/** Index (in the written syllable) of the letters the tone may sit on. */
function tonePlaces(onset: string, rhyme: string, written: string): number[] {
  const start = written.length - (onset === 'gi' && rhyme.startsWith('i') ? rhyme.length - 1 : rhyme.length);
  const letters = [...written];
  const vowelAt: number[] = [];
  for (let i = start; i < letters.length; i++) if (VOWELS.has(letters[i] ?? '')) vowelAt.push(i);
  if (vowelAt.length === 0) {
    // "gì", "gìn": the tone sits on the i of gi
    const i = written.indexOf('i');
    return i >= 0 ? [i] : [];
  }
  const hatted = vowelAt.filter((i) => HATTED.has(letters[i] ?? ''));
  if (hatted.length) return [hatted[hatted.length - 1] ?? 0];
  const last = vowelAt[vowelAt.length - 1] ?? 0;
  const endsInConsonant = last < letters.length - 1;
  if (endsInConsonant) return [last];
  if (rhyme === 'oa' || rhyme === 'oe' || rhyme === 'uy') {
    // qu + y/e/a: the u is the onset's, one vowel is left
    if (onset === 'qu') return [last];
    return [vowelAt[0] ?? 0, last];
  }
  if (vowelAt.length >= 3) return [vowelAt[1] ?? 0];
  return [vowelAt[0] ?? 0];
}

function withTone(written: string, index: number, tone: string): string {
  const letters = [...written];
  letters[index] = (letters[index] ?? '') + tone;
  return letters.join('').normalize('NFC');
}

let cache: ReadonlySet<string> | null = null;

/** Every syllable, lower case, NFC, in both tone-mark styles. */
export function vietnameseSyllables(): ReadonlySet<string> {
  if (cache) return cache;
  const set = new Set<string>();
  for (const onset of ONSETS) {
    for (const rhyme of RHYMES) {
      if (!onsetFits(onset, rhyme)) continue;
      const written = spell(onset, rhyme);
      const stop = /(p|t|c|ch)$/u.test(rhyme);
      const places = tonePlaces(onset, rhyme, written);
      for (const tone of stop ? STOP_TONES : TONES) {
        if (!tone) {
          set.add(written.normalize('NFC'));
          continue;
        }
        for (const place of places) set.add(withTone(written, place, tone));
      }
    }
  }
  cache = set;
  return set;
}

/** Whether a word (any case, NFC or NFD) is a Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  return vietnameseSyllables().has(word.normalize('NFC').toLocaleLowerCase('vi'));
}
