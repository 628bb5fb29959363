# syntax=docker/dockerfile:1
# infragraph: the API and the viewer on port 8080, over the bundled notes' graph, from Neo4j when NEO4J_URI is set.
# docker compose up (docker-compose.yml) runs it next to a Neo4j 5; `docker build -t infragraph .` alone serves the
# graph from memory.

# Build: compile the TypeScript, bundle the viewer and ingest the bundled notes into data/graph.json.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the `prepare` script builds, and the sources are not copied yet.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY ingest ./ingest
COPY graph ./graph
COPY api ./api
COPY viewer ./viewer
COPY data ./data
RUN npm run build && node bin/infragraph.js start --prepare-only

# Runtime: production dependencies only, the build's output, no compiler, not root.
FROM node:20-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build, and the compiler is a dev dependency; the build stage already built.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/viewer/dist ./viewer/dist
COPY --from=build /app/data ./data
COPY bin/infragraph.js bin/docker-entrypoint.sh ./bin/
USER node
EXPOSE 8080
# The slim image has no curl: node's own fetch asks the API whether its store answers.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["sh", "bin/docker-entrypoint.sh"]
