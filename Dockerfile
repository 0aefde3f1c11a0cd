# The service only; Neo4j runs as its own container (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/build-ui.js ./scripts/
RUN npx tsc -p tsconfig.build.json && node scripts/build-ui.js

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
# The proposer's dependency parser: spaCy and its English model in /app/.venv-nlp (scripts/build-nlp.js).
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv && rm -rf /var/lib/apt/lists/*
COPY nlp ./nlp
COPY scripts/build-nlp.js ./scripts/
RUN node scripts/build-nlp.js && rm -rf /root/.cache/pip
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# The explorer's and the review page's HTML is served from its source folder (their scripts are in dist/ui).
COPY src/web/explorer/public ./src/web/explorer/public
COPY src/web/curate/public ./src/web/curate/public
COPY seeds ./seeds
COPY schema ./schema
# GraphiQL's example picker and the Cypher page read the documented examples.
COPY README.md ./
COPY docs/*.md ./docs/
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--max-semi-space-size=4", "dist/src/app/main.js"]
