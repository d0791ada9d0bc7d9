import { Controller, Get, Injectable, NestMiddleware, NotFoundException, Param, Res } from '@nestjs/common';
import { CONSOLE_CLIENT_HEADER, CONSOLE_CLIENT_VALUE, Public, resolvePackageFile } from '@tremplin/core';
import type { NextFunction, Request, Response } from 'express';

/** The browser files of the IDE, served from node_modules: no CDN, works on a closed network. */
const ASSETS: Record<string, { packageName: string; file: string; type: string }> = {
  'react.js': { packageName: 'react', file: 'umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': { packageName: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'application/javascript' },
  'graphiql.js': { packageName: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript' },
  'graphiql.css': { packageName: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const DEFAULT_QUERY = `# Tremplin — console GraphQL de l'équipe
#
# Connecté(e) à la console Tremplin (/connexion) dans ce navigateur ? Votre session sert ici aussi.
# Sinon, pour un script :
# 1. mutation { login(input: { email: "…", password: "…" }) { token } }
# 2. copiez le jeton dans l'onglet « Headers » : { "Authorization": "Bearer <jeton>" }
# Essayez :
query Moi {
  me { firstName lastName role territory { name } }
}
`;

const PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tremplin — console GraphQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Chargement de la console…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script>
  // The console's header: with it, the session cookie of the console is accepted here too.
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { '${CONSOLE_CLIENT_HEADER}': '${CONSOLE_CLIENT_VALUE}' } });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>`;

/**
 * GET /graphql without a `query` parameter opens GraphiQL; GraphQL requests (POST, or GET with
 * `query`) go on to Apollo.
 */
@Injectable()
export class GraphiqlPageMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'GET' || req.query.query !== undefined) return next();
    res.status(200).type('html').setHeader('Cache-Control', 'no-store');
    res.send(PAGE);
  }
}

/** The IDE's browser files. */
@Controller()
export class GraphiqlController {
  @Public()
  @Get('graphiql/assets/:name')
  asset(@Param('name') name: string, @Res() res: Response): void {
    const asset = ASSETS[name];
    if (!asset) throw new NotFoundException();
    res.type(asset.type).setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(resolvePackageFile(asset.packageName, asset.file));
  }
}
