// The words Broadsheet itself adds to a page, per language. A language without a label gets the
// English one, marked `lang="en"` so a screen reader switches voice (the BBC's practice).

export interface Labels {
  /** The accessible name of the skip-links navigation. */
  skipLinks: string;
  /** Shown before an image credit: "Image: Getty Images". */
  imageCredit: string;
  /** Shown before the date of the last update. */
  updated: string;
  /** Hidden before the short link, so its name says what it is. */
  shortLink: string;
  /** Hidden before the author initials. */
  authors: string;
  /** Hidden before the news agencies. */
  agencies: string;
  /** The opening and closing marks of a pull quote, the way the language writes them. */
  quoteOpen: string;
  quoteClose: string;
  /** Shown before the names of the people who wrote the article: "By". */
  byline: string;
  /** The heading of the key points. */
  keyPoints: string;
  /** The heading and name of the table of contents. */
  contents: string;
  /** The link from the end of a long article back to its table of contents. */
  backToContents: string;
  /** The heading of the footnotes after the body. */
  footnotes: string;
  /** The name of a footnote reference, before its number: "Footnote 1". */
  footnote: string;
  /** The link from a footnote back to where it is referenced. */
  backToContent: string;
  /** The heading of the corrections, clarifications, updates and editor's notes. */
  notes: string;
  /** The kind of a note, in words. */
  correction: string;
  clarification: string;
  update: string;
  editorsNote: string;
  /** Near the top of a corrected article, before the link to the correction. */
  corrected: string;
  /** The link from the top of a corrected article to the correction. */
  readCorrection: string;
  /** The heading of the related links. */
  related: string;
  /** The disclosure of an image's long description. */
  description: string;
  /** The disclosure of the data behind a chart. */
  data: string;
  /** The disclosure of a chart's long description and its data together. */
  descriptionAndData: string;
  /** Shown before the source of a table's data: "Source: Eurostat". */
  source: string;
  /** Shown before a video's credit: "Video: Reuters". */
  videoCredit: string;
  /** Shown before an audio's credit: "Audio: DW". */
  audioCredit: string;
  /** Shown before the length of a video or audio: "Duration: 2 minutes". */
  duration: string;
  /** The disclosure that holds a transcript. */
  transcript: string;
  /** The link past third-party content; {provider} is its name: "Skip YouTube content". */
  skipEmbed: string;
  /** Where that link lands, for a screen reader: "End of YouTube content". */
  embedEnd: string;
  /** The button that loads third-party content: "Load YouTube content". */
  loadEmbed: string;
  /** Said before third-party content is loaded. */
  embedNotice: string;
}

/** A label as rendered: its text, and `lang` when it is not in the requested language. */
export interface Label {
  text: string;
  lang?: string;
}

export type ResolvedLabels = { [K in keyof Labels]: Label };

const en: Labels = {
  skipLinks: 'Skip links',
  imageCredit: 'Image:',
  updated: 'Updated',
  shortLink: 'Short link to this article:',
  authors: 'Authors:',
  agencies: 'Agencies:',
  quoteOpen: '“',
  quoteClose: '”',
  byline: 'By',
  keyPoints: 'Key points',
  contents: 'Contents',
  backToContents: 'Back to contents',
  footnotes: 'Footnotes',
  footnote: 'Footnote',
  backToContent: 'Back to content',
  notes: 'Corrections and updates',
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
  editorsNote: 'Editor’s note',
  corrected: 'This article has been corrected.',
  readCorrection: 'Read the correction',
  related: 'Related',
  description: 'Description',
  data: 'Data',
  descriptionAndData: 'Description and data',
  source: 'Source:',
  videoCredit: 'Video:',
  audioCredit: 'Audio:',
  duration: 'Duration:',
  transcript: 'Transcript',
  skipEmbed: 'Skip {provider} content',
  embedEnd: 'End of {provider} content',
  loadEmbed: 'Load {provider} content',
  embedNotice:
    'This content is hosted by {provider}. Loading it may send data about you to {provider}.',
};

// Each language's labels, written for that language. A label we are not sure of is left out:
// the English one, marked lang="en", is better than a guess. Quote marks follow CLDR's
// delimiters for the language; guillemets are mirrored by the bidi algorithm in RTL text, so
// they face the right way there.
const catalog: Record<string, Partial<Labels>> = {
  en,
  de: {
    skipLinks: 'Sprungmarken',
    imageCredit: 'Bild:',
    updated: 'Aktualisiert',
    shortLink: 'Kurzlink zu diesem Artikel:',
    authors: 'Autoren:',
    agencies: 'Agenturen:',
    quoteOpen: '„',
    quoteClose: '“',
    byline: 'Von',
    keyPoints: 'Das Wichtigste in Kürze',
    contents: 'Inhalt',
    backToContents: 'Zurück zum Inhaltsverzeichnis',
    footnotes: 'Fußnoten',
    footnote: 'Fußnote',
    backToContent: 'Zurück zum Text',
    notes: 'Korrekturen und Aktualisierungen',
    correction: 'Korrektur',
    clarification: 'Klarstellung',
    update: 'Aktualisierung',
    editorsNote: 'Anmerkung der Redaktion',
    corrected: 'Dieser Artikel wurde korrigiert.',
    readCorrection: 'Zur Korrektur',
    related: 'Mehr zum Thema',
    description: 'Beschreibung',
    data: 'Daten',
    source: 'Quelle:',
    descriptionAndData: 'Beschreibung und Daten',
    videoCredit: 'Video:',
    audioCredit: 'Audio:',
    duration: 'Dauer:',
    transcript: 'Transkript',
    skipEmbed: '{provider}-Inhalt überspringen',
    embedEnd: 'Ende des {provider}-Inhalts',
    loadEmbed: '{provider}-Inhalt laden',
    embedNotice:
      'Dieser Inhalt wird von {provider} bereitgestellt. Beim Laden können Daten über Sie an {provider} übermittelt werden.',
  },
  es: {
    skipLinks: 'Enlaces de salto',
    imageCredit: 'Imagen:',
    updated: 'Actualizado',
    shortLink: 'Enlace corto a este artículo:',
    authors: 'Autores:',
    agencies: 'Agencias:',
    quoteOpen: '«',
    quoteClose: '»',
    byline: 'Por',
    keyPoints: 'Puntos clave',
    contents: 'Contenido',
    backToContents: 'Volver al índice',
    footnotes: 'Notas',
    footnote: 'Nota',
    backToContent: 'Volver al texto',
    notes: 'Correcciones y actualizaciones',
    correction: 'Corrección',
    clarification: 'Aclaración',
    update: 'Actualización',
    editorsNote: 'Nota del editor',
    corrected: 'Este artículo ha sido corregido.',
    readCorrection: 'Leer la corrección',
    related: 'Relacionados',
    description: 'Descripción',
    data: 'Datos',
    source: 'Fuente:',
    descriptionAndData: 'Descripción y datos',
    videoCredit: 'Vídeo:',
    audioCredit: 'Audio:',
    duration: 'Duración:',
    transcript: 'Transcripción',
    skipEmbed: 'Saltar contenido de {provider}',
    embedEnd: 'Fin del contenido de {provider}',
    loadEmbed: 'Cargar contenido de {provider}',
    embedNotice:
      'Este contenido está alojado en {provider}. Al cargarlo, {provider} puede recibir datos sobre usted.',
  },
  fr: {
    // French typography puts a narrow no-break space inside guillemets and before a colon.
    skipLinks: 'Liens d’évitement',
    imageCredit: 'Image\u202f:',
    updated: 'Mis à jour',
    shortLink: 'Lien court vers cet article\u202f:',
    authors: 'Auteurs\u202f:',
    agencies: 'Agences\u202f:',
    quoteOpen: '«\u202f',
    quoteClose: '\u202f»',
    byline: 'Par',
    keyPoints: 'L’essentiel',
    contents: 'Sommaire',
    backToContents: 'Retour au sommaire',
    footnotes: 'Notes',
    footnote: 'Note',
    backToContent: 'Retour au texte',
    notes: 'Corrections et mises à jour',
    correction: 'Correction',
    clarification: 'Précision',
    update: 'Mise à jour',
    editorsNote: 'Note de la rédaction',
    corrected: 'Cet article a été corrigé.',
    readCorrection: 'Lire la correction',
    related: 'À lire aussi',
    description: 'Description',
    data: 'Données',
    source: 'Source :',
    descriptionAndData: 'Description et données',
    videoCredit: 'Vidéo :',
    audioCredit: 'Audio :',
    duration: 'Durée :',
    transcript: 'Transcription',
    skipEmbed: 'Passer le contenu {provider}',
    embedEnd: 'Fin du contenu {provider}',
    loadEmbed: 'Charger le contenu {provider}',
    embedNotice:
      'Ce contenu est hébergé par {provider}. Le charger peut transmettre des données vous concernant à {provider}.',
  },
  pt: {
    skipLinks: 'Atalhos',
    imageCredit: 'Imagem:',
    updated: 'Atualizado',
    shortLink: 'Link curto para este artigo:',
    authors: 'Autores:',
    agencies: 'Agências:',
    quoteOpen: '“',
    quoteClose: '”',
    byline: 'Por',
    keyPoints: 'Pontos principais',
    contents: 'Índice',
    backToContents: 'Voltar ao índice',
    footnotes: 'Notas',
    footnote: 'Nota',
    backToContent: 'Voltar ao texto',
    notes: 'Correções e atualizações',
    correction: 'Correção',
    clarification: 'Esclarecimento',
    update: 'Atualização',
    editorsNote: 'Nota do editor',
    corrected: 'Este artigo foi corrigido.',
    readCorrection: 'Ler a correção',
    related: 'Relacionados',
    description: 'Descrição',
    data: 'Dados',
    source: 'Fonte:',
    descriptionAndData: 'Descrição e dados',
    videoCredit: 'Vídeo:',
    audioCredit: 'Áudio:',
    duration: 'Duração:',
    transcript: 'Transcrição',
    skipEmbed: 'Pular conteúdo do {provider}',
    embedEnd: 'Fim do conteúdo do {provider}',
    loadEmbed: 'Carregar conteúdo do {provider}',
    embedNotice:
      'Este conteúdo está hospedado em {provider}. Ao carregá-lo, {provider} pode receber dados sobre você.',
  },
  ru: {
    skipLinks: 'Быстрый переход',
    imageCredit: 'Фото:',
    updated: 'Обновлено',
    shortLink: 'Короткая ссылка на эту статью:',
    authors: 'Авторы:',
    agencies: 'Агентства:',
    quoteOpen: '«',
    quoteClose: '»',
    keyPoints: 'Главное',
    contents: 'Содержание',
    backToContents: 'К содержанию',
    footnotes: 'Примечания',
    footnote: 'Примечание',
    backToContent: 'Вернуться к тексту',
    notes: 'Исправления и обновления',
    correction: 'Исправление',
    clarification: 'Уточнение',
    update: 'Обновление',
    editorsNote: 'Примечание редакции',
    corrected: 'В статью внесены исправления.',
    readCorrection: 'Читать исправление',
    related: 'По теме',
    description: 'Описание',
    data: 'Данные',
    source: 'Источник:',
    descriptionAndData: 'Описание и данные',
    videoCredit: 'Видео:',
    audioCredit: 'Аудио:',
    duration: 'Длительность:',
    transcript: 'Расшифровка',
  },
  uk: {
    skipLinks: 'Швидкий перехід',
    imageCredit: 'Фото:',
    updated: 'Оновлено',
    shortLink: 'Коротке посилання на цю статтю:',
    authors: 'Автори:',
    agencies: 'Агенції:',
    quoteOpen: '«',
    quoteClose: '»',
    keyPoints: 'Головне',
    contents: 'Зміст',
    backToContents: 'До змісту',
    footnotes: 'Примітки',
    footnote: 'Примітка',
    backToContent: 'Повернутися до тексту',
    notes: 'Виправлення та оновлення',
    correction: 'Виправлення',
    clarification: 'Уточнення',
    update: 'Оновлення',
    editorsNote: 'Примітка редакції',
    corrected: 'До статті внесено виправлення.',
    readCorrection: 'Читати виправлення',
    related: 'На цю тему',
    description: 'Опис',
    data: 'Дані',
    source: 'Джерело:',
    descriptionAndData: 'Опис і дані',
    videoCredit: 'Відео:',
    audioCredit: 'Аудіо:',
    duration: 'Тривалість:',
    transcript: 'Розшифровка',
  },
  tr: {
    skipLinks: 'Atlama bağlantıları',
    imageCredit: 'Fotoğraf:',
    updated: 'Güncellendi',
    shortLink: 'Bu haberin kısa bağlantısı:',
    authors: 'Yazarlar:',
    agencies: 'Ajanslar:',
    quoteOpen: '“',
    quoteClose: '”',
    keyPoints: 'Öne çıkanlar',
    contents: 'İçindekiler',
    backToContents: 'İçindekilere dön',
    footnotes: 'Dipnotlar',
    footnote: 'Dipnot',
    backToContent: 'Metne dön',
    notes: 'Düzeltmeler ve güncellemeler',
    correction: 'Düzeltme',
    update: 'Güncelleme',
    editorsNote: 'Editörün notu',
    corrected: 'Bu haber düzeltildi.',
    readCorrection: 'Düzeltmeyi okuyun',
    related: 'İlgili haberler',
    description: 'Açıklama',
    data: 'Veriler',
    source: 'Kaynak:',
    descriptionAndData: 'Açıklama ve veriler',
    videoCredit: 'Video:',
    audioCredit: 'Ses:',
    duration: 'Süre:',
    transcript: 'Döküm',
  },
  ar: {
    skipLinks: 'روابط التخطي',
    imageCredit: 'صورة من:',
    updated: 'آخر تحديث',
    shortLink: 'رابط مختصر لهذا المقال:',
    authors: 'الكتّاب:',
    agencies: 'وكالات الأنباء:',
    quoteOpen: '«',
    quoteClose: '»',
    byline: 'بقلم',
    keyPoints: 'أبرز النقاط',
    contents: 'المحتويات',
    backToContents: 'العودة إلى المحتويات',
    footnotes: 'الحواشي',
    footnote: 'حاشية',
    backToContent: 'العودة إلى النص',
    notes: 'تصحيحات وتحديثات',
    correction: 'تصحيح',
    clarification: 'توضيح',
    update: 'تحديث',
    editorsNote: 'ملاحظة المحرر',
    corrected: 'تم تصحيح هذا المقال.',
    readCorrection: 'اقرأ التصحيح',
    related: 'مواضيع ذات صلة',
    description: 'وصف',
    data: 'البيانات',
    source: 'المصدر:',
    descriptionAndData: 'الوصف والبيانات',
    videoCredit: 'فيديو:',
    audioCredit: 'صوت:',
    duration: 'المدة:',
    transcript: 'النص الكامل',
    skipEmbed: 'تخطي محتوى {provider}',
    embedEnd: 'نهاية محتوى {provider}',
    loadEmbed: 'تحميل محتوى {provider}',
    embedNotice:
      'هذا المحتوى مستضاف لدى {provider}. قد يؤدي تحميله إلى إرسال بيانات عنك إلى {provider}.',
  },
  fa: {
    skipLinks: 'پیوندهای پرش',
    imageCredit: 'عکس:',
    updated: 'به‌روزرسانی',
    shortLink: 'پیوند کوتاه این مطلب:',
    authors: 'نویسندگان:',
    agencies: 'خبرگزاری‌ها:',
    quoteOpen: '«',
    quoteClose: '»',
    byline: 'نوشته',
    keyPoints: 'نکات کلیدی',
    contents: 'فهرست مطالب',
    backToContents: 'بازگشت به فهرست مطالب',
    footnotes: 'پانویس‌ها',
    footnote: 'پانویس',
    backToContent: 'بازگشت به متن',
    notes: 'اصلاحیه‌ها و به‌روزرسانی‌ها',
    correction: 'اصلاحیه',
    clarification: 'توضیح',
    update: 'به‌روزرسانی',
    editorsNote: 'یادداشت سردبیر',
    corrected: 'این مطلب اصلاح شده است.',
    readCorrection: 'خواندن اصلاحیه',
    related: 'مطالب مرتبط',
    description: 'توضیحات',
    data: 'داده‌ها',
    source: 'منبع:',
    descriptionAndData: 'توضیحات و داده‌ها',
    videoCredit: 'ویدیو:',
    audioCredit: 'صدا:',
    duration: 'مدت:',
    transcript: 'متن کامل',
  },
  ur: {
    imageCredit: 'تصویر:',
    shortLink: 'اس مضمون کا مختصر لنک:',
    authors: 'مصنفین:',
    agencies: 'خبر رساں ادارے:',
    quoteOpen: '«',
    quoteClose: '»',
    source: 'ذریعہ:',
  },
  hi: {
    imageCredit: 'तस्वीर:',
    updated: 'अपडेट',
    shortLink: 'इस लेख का छोटा लिंक:',
    authors: 'लेखक:',
    agencies: 'समाचार एजेंसियाँ:',
    contents: 'विषय सूची',
    correction: 'सुधार',
    related: 'संबंधित',
    source: 'स्रोत:',
  },
  bn: {
    imageCredit: 'ছবি:',
    updated: 'হালনাগাদ',
    shortLink: 'এই প্রতিবেদনের সংক্ষিপ্ত লিংক:',
    authors: 'লেখক:',
    agencies: 'সংবাদ সংস্থা:',
    contents: 'সূচিপত্র',
    correction: 'সংশোধন',
    source: 'সূত্র:',
  },
  zh: {
    skipLinks: '跳转链接',
    imageCredit: '图像来源：',
    updated: '更新',
    shortLink: '本文短链接：',
    authors: '作者：',
    agencies: '通讯社：',
    quoteOpen: '“',
    quoteClose: '”',
    byline: '作者：',
    keyPoints: '要点',
    contents: '目录',
    backToContents: '返回目录',
    footnotes: '脚注',
    footnote: '脚注',
    backToContent: '返回正文',
    notes: '更正与更新',
    correction: '更正',
    clarification: '澄清',
    update: '更新',
    editorsNote: '编者按',
    corrected: '本文已更正。',
    readCorrection: '查看更正',
    related: '相关报道',
    description: '说明',
    data: '数据',
    source: '来源：',
    descriptionAndData: '说明和数据',
    videoCredit: '视频：',
    audioCredit: '音频：',
    duration: '时长：',
    transcript: '文字稿',
    skipEmbed: '跳过{provider}内容',
    embedEnd: '{provider}内容结束',
    loadEmbed: '加载{provider}内容',
    embedNotice: '此内容由{provider}提供。加载后，{provider}可能会收到有关您的数据。',
  },
  'zh-hant': {
    skipLinks: '跳轉連結',
    imageCredit: '圖像來源：',
    updated: '更新',
    shortLink: '本文短連結：',
    authors: '作者：',
    agencies: '通訊社：',
    quoteOpen: '「',
    quoteClose: '」',
    byline: '作者：',
    keyPoints: '重點',
    contents: '目錄',
    backToContents: '返回目錄',
    footnotes: '註腳',
    footnote: '註腳',
    backToContent: '返回正文',
    notes: '更正與更新',
    correction: '更正',
    clarification: '澄清',
    update: '更新',
    editorsNote: '編者按',
    corrected: '本文已更正。',
    readCorrection: '查看更正',
    related: '相關報導',
    description: '說明',
    data: '資料',
    source: '來源：',
    descriptionAndData: '說明和資料',
    videoCredit: '影片：',
    audioCredit: '音訊：',
    duration: '長度：',
    transcript: '文字稿',
    skipEmbed: '跳過{provider}內容',
    embedEnd: '{provider}內容結束',
    loadEmbed: '載入{provider}內容',
    embedNotice: '此內容由{provider}提供。載入後，{provider}可能會收到有關您的資料。',
  },
  id: {
    skipLinks: 'Tautan lompat',
    imageCredit: 'Foto:',
    updated: 'Diperbarui',
    shortLink: 'Tautan pendek ke artikel ini:',
    authors: 'Penulis:',
    agencies: 'Kantor berita:',
    quoteOpen: '“',
    quoteClose: '”',
    byline: 'Oleh',
    keyPoints: 'Poin penting',
    contents: 'Daftar isi',
    backToContents: 'Kembali ke daftar isi',
    footnotes: 'Catatan kaki',
    footnote: 'Catatan kaki',
    backToContent: 'Kembali ke teks',
    notes: 'Koreksi dan pembaruan',
    correction: 'Koreksi',
    clarification: 'Klarifikasi',
    update: 'Pembaruan',
    editorsNote: 'Catatan redaksi',
    corrected: 'Artikel ini telah dikoreksi.',
    readCorrection: 'Baca koreksi',
    related: 'Berita terkait',
    description: 'Deskripsi',
    data: 'Data',
    source: 'Sumber:',
    descriptionAndData: 'Deskripsi dan data',
    videoCredit: 'Video:',
    audioCredit: 'Audio:',
    duration: 'Durasi:',
    transcript: 'Transkrip',
    skipEmbed: 'Lewati konten {provider}',
    embedEnd: 'Akhir konten {provider}',
    loadEmbed: 'Muat konten {provider}',
    embedNotice:
      'Konten ini dihosting oleh {provider}. Memuatnya dapat mengirim data tentang Anda ke {provider}.',
  },
  sw: {
    imageCredit: 'Picha:',
    updated: 'Imesasishwa',
    shortLink: 'Kiungo kifupi cha makala hii:',
    authors: 'Waandishi:',
    agencies: 'Mashirika ya habari:',
    quoteOpen: '“',
    quoteClose: '”',
    source: 'Chanzo:',
  },
};

/** A label with its `{provider}` (or other) placeholders filled in. */
export function fillLabel(label: Label, values: Record<string, string>): Label {
  return {
    ...label,
    text: label.text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole),
  };
}

/** The languages with labels of their own. */
export const labelledLanguages = Object.keys(catalog);

/**
 * The keys to look a BCP 47 tag up by, best first: the whole tag, then its language alone.
 * Chinese in Traditional characters (zh-Hant, or Taiwan, Hong Kong, Macao) has its own entry:
 * Simplified words would be wrong there. The labels and the lint's word lists both use it.
 */
export function languageKeys(lang: string): string[] {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  const traditional = base === 'zh' && /-(hant|tw|hk|mo)(-|$)/.test(tag) ? ['zh-hant'] : [];
  return [tag, ...traditional, base];
}

/** The catalog's entry for a BCP 47 tag, and the key it was found under. */
function entryFor(lang: string): [string, Partial<Labels>] | undefined {
  for (const key of languageKeys(lang)) {
    const entry = catalog[key];
    if (entry) return [key, entry];
  }
  return undefined;
}

// Every component of an article asks for the same language's labels.
const resolvedByLang = new Map<string, ResolvedLabels>();

/** Every label for `lang`, with `overrides` taken as written in that language. */
export function labelsFor(lang = 'en', overrides?: Partial<Labels>): ResolvedLabels {
  if (overrides) return resolve(lang, overrides);
  let resolved = resolvedByLang.get(lang);
  if (!resolved) {
    resolved = Object.freeze(resolve(lang, {}));
    if (resolvedByLang.size < 500) resolvedByLang.set(lang, resolved);
  }
  return resolved;
}

function resolve(lang: string, overrides: Partial<Labels>): ResolvedLabels {
  const [key, entry = {}] = entryFor(lang) ?? [];
  const english = key === 'en';
  const resolved = {} as ResolvedLabels;
  for (const key of Object.keys(en) as (keyof Labels)[]) {
    const own = overrides[key] ?? entry[key];
    resolved[key] =
      own !== undefined || english ? { text: own ?? en[key] } : { text: en[key], lang: 'en' };
  }
  return resolved;
}
