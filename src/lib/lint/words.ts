// The wording the lint rules look for, per language: link texts that say nothing out of
// context, and alt-text openings that a screen reader makes redundant (it already says
// "image"). Every language with labels has a list; English is always checked too, because
// English link texts turn up in every newsroom's CMS. Lower case, as the rules compare.
import { languageKeys } from '../i18n/labels.js';

/** Link texts that do not say where the link goes (WCAG 2.4.4). */
export const vagueLinkTexts: Record<string, string[]> = {
  en: [
    'click here',
    'here',
    'read more',
    'more',
    'learn more',
    'this link',
    'link',
    'this',
    'click',
    'go',
    'continue',
    'details',
    'more info',
  ],
  de: [
    'hier',
    'hier klicken',
    'klicken sie hier',
    'mehr',
    'weiterlesen',
    'mehr erfahren',
    'dieser link',
    'link',
    'details',
  ],
  es: [
    'aquí',
    'haga clic aquí',
    'haz clic aquí',
    'pincha aquí',
    'leer más',
    'más',
    'este enlace',
    'enlace',
  ],
  fr: ['ici', 'cliquez ici', 'lire la suite', 'en savoir plus', 'plus', 'ce lien', 'lien'],
  pt: ['aqui', 'clique aqui', 'leia mais', 'saiba mais', 'mais', 'este link', 'link'],
  ru: [
    'здесь',
    'тут',
    'нажмите здесь',
    'подробнее',
    'читать далее',
    'далее',
    'ссылка',
    'по ссылке',
  ],
  uk: ['тут', 'натисніть тут', 'детальніше', 'читати далі', 'далі', 'посилання', 'за посиланням'],
  tr: [
    'buraya tıklayın',
    'buraya',
    'burada',
    'tıklayın',
    'devamı',
    'devamını oku',
    'daha fazla',
    'bağlantı',
  ],
  ar: ['هنا', 'اضغط هنا', 'انقر هنا', 'المزيد', 'اقرأ المزيد', 'اضغط', 'الرابط'],
  fa: ['اینجا', 'کلیک کنید', 'اینجا کلیک کنید', 'بیشتر', 'بیشتر بخوانید', 'ادامه', 'لینک'],
  ur: ['یہاں', 'یہاں کلک کریں', 'مزید', 'مزید پڑھیں', 'لنک'],
  hi: ['यहाँ', 'यहां', 'यहाँ क्लिक करें', 'यहां क्लिक करें', 'और पढ़ें', 'अधिक', 'लिंक'],
  bn: ['এখানে', 'এখানে ক্লিক করুন', 'আরও পড়ুন', 'আরও', 'লিংক'],
  zh: ['点击这里', '点此', '这里', '此处', '更多', '阅读更多', '链接'],
  'zh-hant': ['點擊這裡', '點此', '這裡', '此處', '更多', '閱讀更多', '連結'],
  id: ['klik di sini', 'di sini', 'sini', 'selengkapnya', 'baca selengkapnya', 'tautan'],
  sw: ['bofya hapa', 'hapa', 'soma zaidi', 'zaidi', 'kiungo'],
};

/** Alt-text openings that repeat what a screen reader already says ("image"). */
export const redundantAltPrefixes: Record<string, string[]> = {
  en: [
    'image of',
    'picture of',
    'photo of',
    'photograph of',
    'graphic of',
    'screenshot of',
    'an image of',
    'a picture of',
    'a photo of',
    'image:',
    'photo:',
    'picture:',
  ],
  de: ['bild von', 'foto von', 'ein bild von', 'ein foto von', 'bild:', 'foto:', 'abbildung:'],
  es: ['imagen de', 'foto de', 'fotografía de', 'una imagen de', 'una foto de', 'imagen:', 'foto:'],
  fr: [
    'image de',
    'photo de',
    'une image de',
    'une photo de',
    'illustration de',
    'image :',
    'photo :',
  ],
  pt: ['imagem de', 'foto de', 'uma imagem de', 'uma foto de', 'imagem:', 'foto:'],
  ru: ['изображение', 'фото', 'фотография', 'картинка'],
  uk: ['зображення', 'фото', 'фотографія', 'картинка'],
  tr: ['resim:', 'fotoğraf:', 'görsel:'],
  ar: ['صورة لـ', 'صورة ل', 'صورة:', 'صورة'],
  fa: ['تصویر', 'عکس'],
  ur: ['تصویر'],
  hi: ['तस्वीर', 'चित्र', 'फोटो'],
  bn: ['ছবি'],
  zh: ['图片', '照片', '图像', '图：'],
  'zh-hant': ['圖片', '照片', '圖像', '圖：'],
  id: ['gambar', 'foto'],
  sw: ['picha ya', 'picha:'],
};

/** The lists for `lang` (its own, by full tag then language) followed by English's. */
export function wordsFor(lists: Record<string, string[]>, lang: string): string[] {
  const own = languageKeys(lang)
    .map((key) => lists[key])
    .find((list) => list !== undefined);
  return [...new Set([...(own ?? []), ...(lists.en ?? [])])];
}
