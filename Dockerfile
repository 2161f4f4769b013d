FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NX_NO_CLOUD=true NX_DAEMON=false
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api web --output-style=static && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
# The demo's outbox volume (docker-compose.yml): a new named volume takes this directory's owner,
# so the unprivileged user can write to it.
RUN mkdir -p /data/outbox && chown node:node /data/outbox
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "dist/apps/api/main.js"]
