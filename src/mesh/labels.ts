/** Labels and annotations of Istio ambient mode (see the Istio and Sail operator APIs). */
export const DATAPLANE_MODE_LABEL = 'istio.io/dataplane-mode';
export const USE_WAYPOINT_LABEL = 'istio.io/use-waypoint';
export const USE_WAYPOINT_NAMESPACE_LABEL = 'istio.io/use-waypoint-namespace';
export const WAYPOINT_FOR_LABEL = 'istio.io/waypoint-for';
export const ISTIO_INJECTION_LABEL = 'istio-injection';
export const ISTIO_REV_LABEL = 'istio.io/rev';
export const SIDECAR_STATUS_ANNOTATION = 'sidecar.istio.io/status';
export const REDIRECTION_ANNOTATION = 'ambient.istio.io/redirection';
export const DEFAULT_DISCOVERY_LABEL = { key: 'istio-discovery', value: 'enabled' };

export const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';
export const WAYPOINT_GATEWAY_CLASS = 'istio-waypoint';
export const ZTUNNEL_APP_LABEL = { key: 'app', value: 'ztunnel' };

export const AMBIENT = 'ambient';
export const NONE = 'none';

export type WaypointFor = 'service' | 'workload' | 'all' | 'none';
