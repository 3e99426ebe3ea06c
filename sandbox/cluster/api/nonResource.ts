/** Non-resource endpoints of the API server. */
import type { ServerResponse } from 'http';
import type { URL } from 'url';
import { apiGroup, apiGroupList, coreVersions, kubeVersion, resourceList } from './discovery';
import { StatusError } from './errors';
import { sendJson, type HttpContext } from './http';

/** Non-resource endpoints: version, discovery, OpenAPI, health. Returns the status, or 0 if not one. */
export const handleNonResource = (ctx: HttpContext, res: ServerResponse, url: URL): number => {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const reg = ctx.api.registry;
  if (path === '/version') return (sendJson(res, 200, kubeVersion(ctx.gitVersion)), 200);
  if (path === '/healthz' || path === '/readyz' || path === '/livez') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    return 200;
  }
  if (path === '/api') return (sendJson(res, 200, coreVersions()), 200);
  if (path === '/apis') return (sendJson(res, 200, apiGroupList(reg)), 200);
  if (path === '/openapi/v2') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    res.end();
    return 200;
  }
  if (path === '/openapi/v3' || path.startsWith('/openapi/v3/')) {
    sendJson(
      res,
      404,
      new StatusError(
        404,
        'NotFound',
        'the server could not find the requested resource',
      ).toStatus(),
    );
    return 404;
  }
  const segs = path.split('/').filter(Boolean);
  if (segs[0] === 'api' && segs.length === 2) {
    const doc = resourceList(reg, '', segs[1]);
    if (doc) return (sendJson(res, 200, doc), 200);
  }
  if (segs[0] === 'apis' && segs.length === 2) {
    const doc = apiGroup(reg, segs[1]);
    if (doc) return (sendJson(res, 200, doc), 200);
  }
  if (segs[0] === 'apis' && segs.length === 3) {
    const doc = resourceList(reg, segs[1], segs[2]);
    if (doc) return (sendJson(res, 200, doc), 200);
  }
  if ((segs[0] === 'api' && segs.length <= 2) || (segs[0] === 'apis' && segs.length <= 3)) {
    sendJson(
      res,
      404,
      new StatusError(
        404,
        'NotFound',
        'the server could not find the requested resource',
      ).toStatus(),
    );
    return 404;
  }
  return 0;
};
