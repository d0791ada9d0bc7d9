import { MailRenderer } from '@tremplin/core';
import {
  ASSOCIATION_REGISTERED_MAIL,
  ASSOCIATION_REJECTED_MAIL,
  ASSOCIATION_VALIDATED_MAIL,
} from './associations.mail';

describe('association emails', () => {
  const renderer = new MailRenderer([
    ASSOCIATION_REGISTERED_MAIL,
    ASSOCIATION_VALIDATED_MAIL,
    ASSOCIATION_REJECTED_MAIL,
  ]);

  it('contract « de » with a name opening with « Les » and elide it before a vowel', async () => {
    const restos = await renderer.render(ASSOCIATION_REGISTERED_MAIL.name, {
      ...ASSOCIATION_REGISTERED_MAIL.preview,
      associationName: 'Les Restos du Cœur',
    });
    expect(restos.subject).toBe('Inscription des Restos du Cœur sur Tremplin : en attente de validation');
    expect(restos.text).toContain('inscription des Restos du Cœur sur Tremplin');
    const epicerie = await renderer.render(ASSOCIATION_REJECTED_MAIL.name, ASSOCIATION_REJECTED_MAIL.preview);
    expect(epicerie.subject).toBe("L'inscription d’Épicerie solidaire du Revermont n'a pas été validée");
  });
});
