import type { Extension } from '@openshift/dynamic-plugin-sdk';
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';

/** A code reference decoded by the plugin store: called on first use, never before. */
export type CodeRef<T> = () => Promise<T>;

type ExtensionOf<T extends string, P extends Record<string, unknown>> = Extension<T, P>;

export type NavSection = ExtensionOf<
  'console.navigation/section',
  {
    id: string;
    perspective?: string;
    name?: string;
    insertAfter?: string | string[];
    insertBefore?: string | string[];
  }
>;
export type NavHref = ExtensionOf<
  'console.navigation/href',
  {
    id: string;
    perspective?: string;
    section?: string;
    name: string;
    href: string;
    namespaced?: boolean;
    insertAfter?: string | string[];
    insertBefore?: string | string[];
  }
>;
export type RoutePage = ExtensionOf<
  'console.page/route',
  {
    path: string | string[];
    exact?: boolean;
    perspective?: string;
    component: CodeRef<React.ComponentType>;
  }
>;
export type TabProps = { obj?: unknown };
export type HorizontalNavTab = ExtensionOf<
  'console.tab/horizontalNav',
  {
    model: K8sGroupVersionKind;
    page: { name: string; href: string };
    component: CodeRef<React.ComponentType<TabProps>>;
  }
>;
export type ActionProvider = ExtensionOf<
  'console.action/resource-provider',
  { model: K8sGroupVersionKind; provider: CodeRef<unknown> }
>;
export type DetailsItemProps = { obj: unknown; path?: string; value?: unknown };
export type DetailsItem = ExtensionOf<
  'console.resource/details-item',
  {
    model: K8sGroupVersionKind;
    id: string;
    column: 'left' | 'right';
    title: string;
    description?: string;
    path?: string;
    component?: CodeRef<React.ComponentType<DetailsItemProps>>;
    sortWeight?: number;
  }
>;
export type ModelFlag = ExtensionOf<
  'console.flag/model',
  { flag: string; model: K8sGroupVersionKind }
>;

const ofType =
  <E extends Extension>(type: E['type']) =>
  (e: Extension): e is E =>
    e.type === type;

export const isNavSection = ofType<NavSection>('console.navigation/section');
export const isNavHref = ofType<NavHref>('console.navigation/href');
export const isRoutePage = ofType<RoutePage>('console.page/route');
export const isHorizontalNavTab = ofType<HorizontalNavTab>('console.tab/horizontalNav');
export const isActionProvider = ofType<ActionProvider>('console.action/resource-provider');
export const isModelFlag = ofType<ModelFlag>('console.flag/model');
export const isDetailsItem = ofType<DetailsItem>('console.resource/details-item');

/** An extension's model matches a kind: same kind, group (core is '') and version. */
export const sameModel = (a: K8sGroupVersionKind, b: K8sGroupVersionKind): boolean =>
  a.kind === b.kind &&
  (a.group ?? '') === (b.group ?? '') &&
  (!a.version || !b.version || a.version === b.version);
