import type { Db } from '../../../db/client.ts';
import { getSetting, setSetting } from '../../../db/settings.ts';

/** The installation's form of address for citizens, in the settings table. */
const KEY = 'survey.address_form';

export const readAddressFormSetting = (db: Db) => getSetting(db, KEY);
export const writeAddressFormSetting = (db: Db, value: string) => setSetting(db, KEY, value);
