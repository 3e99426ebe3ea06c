/** Bearer-token users and impersonation. */
import type { IncomingMessage } from 'http';
import { StatusError, forbidden, unauthorized } from './errors';
import type { Authorizer, UserInfo } from './rbac';

export const USERS: Record<string, UserInfo> = {
  'sandbox-admin-token': {
    name: 'admin',
    groups: ['system:authenticated', 'system:authenticated:oauth', 'system:cluster-admins'],
  },
  'sandbox-developer-token': {
    name: 'developer',
    groups: ['system:authenticated', 'system:authenticated:oauth'],
  },
};

export const ADMIN = USERS['sandbox-admin-token'];

const tokenFromProtocols = (req: IncomingMessage): string | undefined => {
  const raw = req.headers['sec-websocket-protocol'];
  if (!raw) return undefined;
  for (const p of raw.split(',').map((s) => s.trim())) {
    const m = /^base64url\.bearer\.authorization\.k8s\.io\.(.+)$/.exec(p);
    if (m) return Buffer.from(m[1], 'base64url').toString('utf8');
  }
  return undefined;
};

const impersonationFromProtocols = (req: IncomingMessage): { user?: string; groups: string[] } => {
  const raw = req.headers['sec-websocket-protocol'];
  const out: { user?: string; groups: string[] } = { groups: [] };
  if (!raw) return out;
  for (const p of raw.split(',').map((s) => s.trim())) {
    let m = /^Impersonate-User\.(.+)$/.exec(p);
    if (m) out.user = Buffer.from(m[1], 'base64url').toString('utf8');
    m = /^Impersonate-Group\.(.+)$/.exec(p);
    if (m) out.groups.push(Buffer.from(m[1], 'base64url').toString('utf8'));
  }
  return out;
};

const headerList = (v: string | string[] | undefined): string[] =>
  v === undefined
    ? []
    : (Array.isArray(v) ? v : [v])
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter(Boolean);

/** Who makes the request: token user (or admin without a token unless required), then impersonation. */
export const authenticate = (
  req: IncomingMessage,
  requireToken: boolean,
  authz: Authorizer,
): UserInfo => {
  const header = req.headers.authorization;
  let token: string | undefined;
  if (header) {
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m) throw unauthorized();
    token = m[1].trim();
  } else token = tokenFromProtocols(req);
  let user: UserInfo;
  if (token !== undefined) {
    const u = USERS[token];
    if (!u) throw unauthorized();
    user = u;
  } else if (requireToken) throw unauthorized();
  else user = ADMIN;

  const proto = impersonationFromProtocols(req);
  const impUser = (req.headers['impersonate-user'] as string | undefined) ?? proto.user;
  const impGroups = [...headerList(req.headers['impersonate-group']), ...proto.groups];
  if (!impUser) {
    if (impGroups.length)
      throw new StatusError(
        500,
        'InternalError',
        'requested impersonation of groups without a user',
      );
    return user;
  }
  if (!authz.allows(user, { verb: 'impersonate', group: '', resource: 'users', name: impUser })) {
    throw forbidden({
      user: user.name,
      verb: 'impersonate',
      resource: 'users',
      group: '',
      name: impUser,
    });
  }
  for (const g of impGroups) {
    if (!authz.allows(user, { verb: 'impersonate', group: '', resource: 'groups', name: g })) {
      throw forbidden({
        user: user.name,
        verb: 'impersonate',
        resource: 'groups',
        group: '',
        name: g,
      });
    }
  }
  const known = Object.values(USERS).find((u) => u.name === impUser);
  // A service account impersonated without groups gets its own, as the API server gives them.
  const sa = /^system:serviceaccount:([^:]+):[^:]+$/.exec(impUser);
  const saGroups = sa ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1]}`] : [];
  const groups = impGroups.length ? impGroups : (known?.groups ?? saGroups);
  return { name: impUser, groups: [...new Set([...groups, 'system:authenticated'])] };
};
