# Collector image: Node 24 LTS, the workspace installed with its lockfile, data on a volume.
# Build from the repository root: docker build -f deploy/collector.Dockerfile -t fleetlens-collector .
FROM node:24-bookworm-slim AS install
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY . .
RUN npm ci

FROM node:24-bookworm-slim
WORKDIR /app
COPY --from=install /app /app
ENV DATABASE_URL=file:/data/fleetlens.db \
    FLEETLENS_HOST=0.0.0.0 \
    FLEETLENS_HTTP_PORT=4318 \
    FLEETLENS_GRPC_PORT=4317
VOLUME /data
EXPOSE 4317 4318
CMD ["npm", "run", "collector"]
