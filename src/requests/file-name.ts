// The name a downloaded file is saved under. A client's name stays readable: accents and spaces are
// kept in the UTF-8 name (RFC 6266 filename*) every current browser uses, and the plain ASCII name
// beside it for older clients drops only the accents ('Özil' → 'Ozil', not 'O-zil').

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]+/gu;

function asciiName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9.()]+/g, '-')
    .replace(/^-+|-+(?=\.[a-z]+$)|-+$/g, '');
}

/** `attachment; filename="dossier-A.-Ozil.json"; filename*=UTF-8''dossier%20A.%20%C3%96zil.json` */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const utf8 = name.replace(UNSAFE_IN_FILE_NAMES, '-').trim();
  const encoded = encodeURIComponent(utf8).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${asciiName(utf8) || 'bestand'}"; filename*=UTF-8''${encoded}`;
}
