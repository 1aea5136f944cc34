import { notPermitted } from '../../../access/access.errors.ts';
import type { Actor } from '../../../access/actor.ts';
import { authorize, isTopLevel } from '../../../access/permissions.ts';
import { type AddressForm, DEFAULT_ADDRESS_FORM, isAddressForm } from '../../../lib/address-form.ts';
import type { AppContext } from '../../../lib/context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { readAddressFormSetting, writeAddressFormSetting } from './address-form.repo.ts';

/** The installation's form of address for citizens (settings table; default "Ông/Bà"). */
export async function addressFormOf(ctx: AppContext): Promise<AddressForm> {
  const stored = await readAddressFormSetting(ctx.db);
  return isAddressForm(stored) ? stored : DEFAULT_ADDRESS_FORM;
}

/**
 * Change the form of address of every citizen-facing survey text. Installation-wide, so only the
 * top of the unit tree with 'surveys.manage' may; audited.
 */
export async function setAddressForm(ctx: AppContext, actor: Actor, form: AddressForm) {
  authorize(actor, 'surveys.manage');
  if (!isTopLevel(actor)) throw notPermitted('surveys.manage');
  const from = await addressFormOf(ctx);
  await ctx.db.transaction(async (tx) => {
    await writeAddressFormSetting(tx, form);
    await recordAudit(
      tx,
      actor,
      {
        action: 'settings.address_form',
        entityType: 'setting',
        entityId: 'survey.address_form',
        data: { from, to: form },
      },
      ctx.now(),
    );
  });
  return { addressForm: form };
}
