import type { Condition, Resource } from '../common/types';

export type GatewayListener = {
  name: string;
  port: number;
  protocol: string;
  hostname?: string;
  allowedRoutes?: { namespaces?: { from?: 'All' | 'Same' | 'Selector' } };
};

export type GatewaySpec = {
  gatewayClassName: string;
  listeners: GatewayListener[];
};

export type GatewayStatus = {
  addresses?: { type?: string; value: string }[];
  conditions?: Condition[];
  listeners?: { name: string; attachedRoutes?: number; conditions?: Condition[] }[];
};

export type GatewayKind = Resource<GatewaySpec, GatewayStatus>;

export type GatewayClassKind = Resource<
  { controllerName: string; description?: string },
  { conditions?: Condition[] }
>;
