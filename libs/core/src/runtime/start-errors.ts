import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../config/load-config';
import { StartError } from './local-services';

interface SystemError {
  code?: string;
  address?: string;
  port?: number;
  hostname?: string;
  message?: string;
}

/** The database a PostgreSQL « does not exist » error names (3D000). */
const missingDatabase = (message: string) => /database "([^"]+)" does not exist/.exec(message)?.[1] ?? null;

/**
 * The French sentence for an error that stops a start (launcher, API, worker): what went wrong
 * and what to do. Null for an error that is not a known one (the caller then says so and writes
 * the technical detail to a file rather than on the screen).
 */
export function startErrorSentence(error: unknown): string | null {
  if (error instanceof ConfigError || error instanceof StartError) return error.message;
  const system = (error ?? {}) as SystemError;
  const where = system.address && system.port ? `${system.address}:${system.port}` : 'l’adresse configurée';
  switch (system.code) {
    case 'ECONNREFUSED':
      return `Rien ne répond sur ${where} : démarrez le service attendu (PostgreSQL pour DATABASE_URL, Redis pour REDIS_URL) ou corrigez l’adresse.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `L’hôte « ${system.hostname ?? '?'} » est introuvable : corrigez DATABASE_URL ou REDIS_URL.`;
    case 'ETIMEDOUT':
      return `${where} ne répond pas à temps : vérifiez que le service tourne et que le réseau le laisse passer.`;
    case 'EADDRINUSE':
      return `Le port ${system.port ?? ''} est déjà utilisé : arrêtez l’autre service ou choisissez un autre port (PORT=…).`;
    case 'EACCES':
      return `Accès refusé (${system.message ?? ''}) : lancez Tremplin avec un utilisateur qui a ce droit, ou changez de port ou de dossier.`;
    case '3D000': {
      const name = missingDatabase(system.message ?? '') ?? '?';
      return `La base « ${name} » n’existe pas sur le serveur de DATABASE_URL : créez-la (« createdb ${name} ») ou corrigez DATABASE_URL.`;
    }
    case '28P01':
    case '28000':
      return 'PostgreSQL refuse l’utilisateur ou le mot de passe de DATABASE_URL : corrigez DATABASE_URL.';
    case '42501':
      return 'L’utilisateur de DATABASE_URL n’a pas les droits nécessaires sur la base (créer des tables, des extensions) : donnez-les-lui ou changez d’utilisateur.';
    case '57P03':
      return 'PostgreSQL est en train de démarrer ou de s’arrêter : relancez dans un instant.';
    case '53300':
      return 'PostgreSQL refuse de nouvelles connexions (trop de clients) : fermez les autres applications connectées ou augmentez max_connections.';
    default:
      return null;
  }
}

/**
 * The message a start prints when it fails: a French sentence, never a stack trace. An unknown
 * error is named, and its technical detail written to `detailFile` (the start tells where).
 */
export function startErrorMessage(error: unknown, detailFile = resolve('.data/erreur-demarrage.log')): string {
  const sentence = startErrorSentence(error);
  if (sentence) return sentence;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  try {
    mkdirSync(dirname(detailFile), { recursive: true });
    writeFileSync(detailFile, `${new Date().toISOString()}\n${detail}\n`);
    return `Le démarrage a échoué sur une erreur inattendue (${error instanceof Error ? error.name : typeof error}). Le détail technique est dans ${detailFile} : joignez-le à votre signalement.`;
  } catch {
    return `Le démarrage a échoué sur une erreur inattendue (${error instanceof Error ? error.name : typeof error}), dont le détail n’a pas pu être écrit dans ${detailFile}.`;
  }
}
