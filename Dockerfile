# The plugin's image: the production build served by nginx over TLS, as a non-root user.
#   podman build -t ambient-mesh-plugin:0.1.0 .     (or docker build; the context is filtered by
#   .dockerignore down to what the build needs)

# Build: the same `npm ci` and `npm run build` as on a developer machine, producing dist/.
FROM registry.access.redhat.com/ubi9/nodejs-20:latest AS build
WORKDIR /opt/app-root/src
COPY --chown=1001:0 package.json package-lock.json ./
# --include=dev: every build tool is a devDependency, whatever NODE_ENV the base image sets.
RUN npm ci --include=dev --no-audit --no-fund
COPY --chown=1001:0 . .
RUN npm run build

# Serve: nginx with the chart's configuration (TLS on 9443, certificate mounted at /var/cert).
FROM registry.access.redhat.com/ubi9/nginx-124:latest
COPY charts/ambient-mesh-plugin/files/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /opt/app-root/src/dist /usr/share/nginx/ambient-mesh-plugin
USER 1001
EXPOSE 9443
ENTRYPOINT ["nginx", "-e", "/dev/stderr", "-g", "daemon off;"]
