/**
 * Test helper: opens a DOCX the way Word does (a zip of XML parts) and gives back its parts and
 * the text of each paragraph, so tests assert on what the officer will see.
 */
import JSZip from 'jszip';

export interface DocxSection {
  /** Page size and margins in twips, as w:pgSz and w:pgMar hold them. */
  page: { width: number; height: number; orient: string };
  margin: { top: number; bottom: number; left: number; right: number; header: number };
  titlePage: boolean;
  /** Header XML by reference type ("default", "first"). */
  headers: Record<string, string>;
}

export interface DocxFile {
  documentXml: string;
  stylesXml: string;
  settingsXml: string;
  /** Header parts by file name: "word/header1.xml" → XML. */
  headers: Map<string, string>;
  /** Every paragraph of the body (table cells included), as text. */
  paragraphs: string[];
  /** Every paragraph with its XML, to check its properties. */
  paragraphXml: { text: string; xml: string }[];
  sections: DocxSection[];
  files: string[];
}

function attribute(xml: string, element: string, name: string): string {
  const tag = new RegExp(`<w:${element}\\b[^>]*>`).exec(xml)?.[0] ?? '';
  return new RegExp(`w:${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function readSections(documentXml: string, rels: string, parts: Map<string, string>): DocxSection[] {
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [
      m[1],
      `word/${m[2]}`,
    ]),
  );
  return [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(([xml]) => {
    const headers: Record<string, string> = {};
    for (const ref of xml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
      headers[ref[1]!] = parts.get(targets.get(ref[2]!) ?? '') ?? '';
    }
    const margin = (name: string) => Number(attribute(xml, 'pgMar', name));
    return {
      page: {
        width: Number(attribute(xml, 'pgSz', 'w')),
        height: Number(attribute(xml, 'pgSz', 'h')),
        orient: attribute(xml, 'pgSz', 'orient'),
      },
      margin: {
        top: margin('top'),
        bottom: margin('bottom'),
        left: margin('left'),
        right: margin('right'),
        header: margin('header'),
      },
      titlePage: xml.includes('<w:titlePg/>'),
      headers,
    };
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The text of one <w:p>: its <w:t> runs, with <w:br/> as a line break. */
export function paragraphText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
    if (match[0] === '<w:br/>') text += '\n';
    else if (match[0] === '<w:tab/>') text += '\t';
    else text += unescapeXml(match[1] ?? '');
  }
  return text;
}

export function splitParagraphs(xml: string): { text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => ({
    xml: m[0],
    text: paragraphText(m[0]),
  }));
}

export async function readDocx(buffer: Uint8Array): Promise<DocxFile> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const files = Object.keys(zip.files);
  const headers = new Map<string, string>();
  for (const name of files.filter((f) => /^word\/header\d+\.xml$/.test(f)))
    headers.set(name, await read(name));
  const documentXml = await read('word/document.xml');
  const paragraphXml = splitParagraphs(documentXml);
  const sections = readSections(documentXml, await read('word/_rels/document.xml.rels'), headers);
  return {
    documentXml,
    stylesXml: await read('word/styles.xml'),
    settingsXml: await read('word/settings.xml'),
    headers,
    paragraphs: paragraphXml.map((p) => p.text),
    paragraphXml,
    sections,
    files,
  };
}

/** The tables of the body, each as rows of cell texts (a cell's paragraphs joined by "\n"). */
export function docxTables(documentXml: string): { xml: string; rows: string[][] }[] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([xml]) => ({
    xml,
    rows: [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) =>
        splitParagraphs(cell)
          .map((p) => p.text)
          .join('\n'),
      ),
    ),
  }));
}

/** The first paragraph whose text contains `needle`; fails loudly when there is none. */
export function findParagraph(file: DocxFile, needle: string): { text: string; xml: string } {
  const found = file.paragraphXml.find((p) => p.text.includes(needle));
  if (!found) throw new Error(`no paragraph contains "${needle}"`);
  return found;
}
