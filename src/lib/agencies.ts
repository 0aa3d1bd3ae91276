// The full names of news agencies that are written as abbreviations in a source line, each in
// the language of the name, so a screen reader says "Agence France-Presse" in French.
// The SourceFooter reads them out; the JSON-LD names the source organisations with them.

export interface AgencyName {
  name: string;
  lang: string;
}

const agencies: Record<string, AgencyName> = {
  aap: { name: 'Australian Associated Press', lang: 'en' },
  afp: { name: 'Agence France-Presse', lang: 'fr' },
  ansa: { name: 'Agenzia Nazionale Stampa Associata', lang: 'it' },
  ap: { name: 'Associated Press', lang: 'en' },
  dpa: { name: 'Deutsche Presse-Agentur', lang: 'de' },
  efe: { name: 'Agencia EFE', lang: 'es' },
  epd: { name: 'Evangelischer Pressedienst', lang: 'de' },
  kna: { name: 'Katholische Nachrichten-Agentur', lang: 'de' },
  kyodo: { name: 'Kyodo News', lang: 'en' },
  pa: { name: 'PA Media', lang: 'en' },
  reuters: { name: 'Reuters News Agency', lang: 'en' },
  sid: { name: 'Sport-Informations-Dienst', lang: 'de' },
  tass: { name: 'TASS Russian News Agency', lang: 'en' },
  upi: { name: 'United Press International', lang: 'en' },
  xinhua: { name: 'Xinhua News Agency', lang: 'en' },
  yonhap: { name: 'Yonhap News Agency', lang: 'en' },
};

/** The full name of a known agency abbreviation ("AFP", "dpa"), in any letter case. */
export function agencyName(abbreviation: string): AgencyName | undefined {
  return agencies[abbreviation.trim().toLowerCase()];
}
