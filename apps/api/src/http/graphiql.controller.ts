import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import { Public, resolvePackageFile } from '@tremplin/core';
import type { Response } from 'express';

/** The browser files of the IDE, served from node_modules: no CDN, works on a closed network. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: 'react/umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': { file: 'react-dom/umd/react-dom.production.min.js', type: 'application/javascript' },
  'graphiql.js': { file: 'graphiql/graphiql.min.js', type: 'application/javascript' },
  'graphiql.css': { file: 'graphiql/graphiql.min.css', type: 'text/css' },
};

const DEFAULT_QUERY = `# Tremplin — console GraphQL de l'équipe
#
# 1. Connectez-vous :
#    mutation { login(input: { email: "…", password: "…" }) { token } }
# 2. Copiez le jeton dans l'onglet « Headers » :
#    { "Authorization": "Bearer <jeton>" }
# 3. Essayez :
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
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>`;

/**
 * GET /graphql in a browser opens GraphiQL (queries themselves are POSTed to /graphql, or sent
 * as GET with a `query` parameter, which Apollo answers before this route).
 */
@Controller()
export class GraphiqlController {
  @Public()
  @Get('graphql')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  page(): string {
    return PAGE;
  }

  @Public()
  @Get('graphiql/assets/:name')
  asset(@Param('name') name: string, @Res() res: Response): void {
    const asset = ASSETS[name];
    if (!asset) throw new NotFoundException();
    res.type(asset.type).setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(resolvePackageFile(asset.file));
  }
}
