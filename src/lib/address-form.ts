/**
 * One form of address in every citizen-facing survey text (issue #12): an installation speaks to
 * citizens as "Ông/Bà" (the default, the usual form of official letters) or as "Anh/Chị". Texts are
 * written with either form; `addressText` rewrites every occurrence to the chosen one, keeping a
 * capital where the text had one ("ông/bà" inside a sentence stays lower case, a title in capitals
 * stays in capitals). Pure: the server
 * applies it to the questionnaire and consent texts, the web to its own strings.
 */
export const ADDRESS_FORMS = ['Ông/Bà', 'Anh/Chị'] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];
export const DEFAULT_ADDRESS_FORM: AddressForm = 'Ông/Bà';

/** "Ông/Bà", "ông/bà", "Anh/chị", "anh/chị", "Anh/Chị", "ÔNG/BÀ", "ANH/CHỊ" (a space around the slash allowed). */
const ANY_FORM = /(Ông|ông|ÔNG|Anh|anh|ANH)\s?\/\s?(Bà|bà|BÀ|Chị|chị|CHỊ)/g;

export function isAddressForm(value: unknown): value is AddressForm {
  return typeof value === 'string' && (ADDRESS_FORMS as readonly string[]).includes(value);
}

export function addressText(text: string, form: AddressForm): string {
  return text.replace(ANY_FORM, (_match, first: string, second: string) => {
    if (first === first.toUpperCase() && second === second.toUpperCase()) return form.toUpperCase();
    return first[0] === first[0]!.toUpperCase() ? form : form.toLowerCase();
  });
}
