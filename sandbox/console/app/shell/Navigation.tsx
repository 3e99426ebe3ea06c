import * as React from 'react';
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import { Nav, NavExpandable, NavItem, NavList } from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom-v5-compat';
import { isNavHref, isNavSection } from '../plugins/extensions';
import { labelNamespaces, translateLabel } from './i18n';
import { type Placeable, placeAll } from './navModel';

type Item = Placeable & { name: string; href: string };
type Section = Placeable & { name: string; items: Item[] };

/** The console's own sections this shell has; plugins place theirs relative to them. */
const BUILT_IN: Section[] = [
  {
    id: 'home',
    name: 'Home',
    items: [{ id: 'projects', name: 'Projects', href: '/k8s/cluster/projects' }],
  },
  { id: 'networking', name: 'Networking', items: [] },
  {
    id: 'administration',
    name: 'Administration',
    items: [{ id: 'namespaces', name: 'Namespaces', href: '/k8s/cluster/namespaces' }],
  },
];

const isActive = (pathname: string, href: string) =>
  pathname === href || pathname.startsWith(`${href}/`);

/** The admin perspective's navigation: built-in sections and the plugins' sections and links. */
export const Navigation: React.FC = () => {
  const sections = useExtensions(isNavSection);
  const hrefs = useExtensions(isNavHref);
  const admin = (p?: string) => !p || p === 'admin';
  const labels = [...sections, ...hrefs].map((e) => e.properties.name ?? '');
  const { t } = useTranslation(labelNamespaces(labels));
  const { pathname } = useLocation();

  const model = React.useMemo(() => {
    const added: Section[] = sections
      .filter((s) => admin(s.properties.perspective))
      .map(({ properties: p }) => ({ ...p, name: translateLabel(p.name ?? '', t), items: [] }));
    const all = placeAll(
      BUILT_IN.map((s) => ({ ...s, items: [...s.items] })),
      added,
    );
    for (const s of all) {
      const mine = hrefs
        .filter((h) => admin(h.properties.perspective) && h.properties.section === s.id)
        .map(({ properties: p }) => ({ ...p, name: translateLabel(p.name, t) }));
      s.items = placeAll(s.items, mine);
    }
    return all.filter((s) => s.items.length > 0);
  }, [sections, hrefs, t]);

  return (
    <Nav aria-label="Navigation">
      <NavList>
        {model.map((s) => {
          const active = s.items.some((i) => isActive(pathname, i.href));
          return (
            <NavExpandable
              key={s.id}
              title={s.name}
              isActive={active}
              isExpanded
              buttonProps={{ id: `nav-${s.id}` }}
            >
              {s.items.map((i) => (
                <NavItem key={i.id} isActive={pathname === i.href}>
                  <Link to={i.href}>{i.name}</Link>
                </NavItem>
              ))}
            </NavExpandable>
          );
        })}
      </NavList>
    </Nav>
  );
};
