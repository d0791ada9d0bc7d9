import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config/load-config';
import { StartError } from './local-services';
import { startErrorMessage, startErrorSentence } from './start-errors';

describe(startErrorSentence.name, () => {
  it('says in French what went wrong and what to do', () => {
    expect(startErrorSentence(new StartError('Le port 3000 est déjà utilisé.'))).toBe('Le port 3000 est déjà utilisé.');
    expect(startErrorSentence(new ConfigError(['JWT_SECRET manque']))).toBe(
      'Configuration invalide :\n  - JWT_SECRET manque',
    );
    expect(
      startErrorSentence(Object.assign(new Error('database "tremplin_x" does not exist'), { code: '3D000' })),
    ).toBe(
      'La base « tremplin_x » n’existe pas sur le serveur de DATABASE_URL : créez-la (« createdb tremplin_x ») ou corrigez DATABASE_URL.',
    );
    expect(
      startErrorSentence(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 6380 }),
      ),
    ).toBe(
      'Rien ne répond sur 127.0.0.1:6380 : démarrez le service attendu (PostgreSQL pour DATABASE_URL, Redis pour REDIS_URL) ou corrigez l’adresse.',
    );
    expect(startErrorSentence(new TypeError('x is undefined'))).toBeNull();
  });
});

describe(startErrorMessage.name, () => {
  it('names an unexpected error and writes its stack to a file instead of the screen', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'start-errors-')), 'erreur.log');
    const error = new TypeError('cannot read properties of undefined');
    const message = startErrorMessage(error, file);
    expect(message).toBe(
      `Le démarrage a échoué sur une erreur inattendue (TypeError). Le détail technique est dans ${file} : joignez-le à votre signalement.`,
    );
    expect(message).not.toContain(' at ');
    expect(readFileSync(file, 'utf8')).toContain(error.stack!);
  });
});
