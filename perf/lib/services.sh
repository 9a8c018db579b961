# Starting and stopping the processes under test, all on 127.0.0.1.
# shellcheck shell=bash

ERP_KEY=${ERP_KEY:-perf-key}
ERP_SECRET=${ERP_SECRET:-perf-secret-not-a-real-one}

# Publishes one project by path into $PUB/NAME (Release), in this harness's own ArtifactsPath.
publish() {
  local name=$1 project=$2
  log "publishing $project"
  ( cd "$REPO" && ArtifactsPath="$ARTIFACTS" dotnet publish -c Release -o "$PUB/$name" "$project" \
      > "$LOGS/publish-$name.log" 2>&1 ) || die "publish of $project failed (see $LOGS/publish-$name.log)"
}

start_redis() {
  REDIS_PORT=$(free_port)
  local cmd=(redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --protected-mode yes)
  cmd_log redis "${cmd[@]}"
  start_bg redis "${cmd[@]}"
  wait_tcp "$REDIS_PORT" 10 || die "redis-server did not start"
}

redis_cli() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@"; }

# A generated catalog (the fake's --generate), cached per size/seed/base date in $WORK.
make_catalog() {
  CATALOG="$WORK/catalog-${CATALOG_ITEMS}-s${SEED}-${BASE_DATE}.json"
  [[ -s "$CATALOG" ]] && return 0
  local cmd=(dotnet "$PUB/fake/ErpNext.Fake.dll" --generate "$CATALOG_ITEMS" --seed "$SEED" --base-date "$BASE_DATE" --out "$CATALOG")
  cmd_log catalog "${cmd[@]}"
  "${cmd[@]}" > "$LOGS/catalog.log" 2>&1 || die "catalog generation failed (see $LOGS/catalog.log)"
}

start_fake() {
  FAKE_PORT=$(free_port)
  local cmd=(dotnet "$PUB/fake/ErpNext.Fake.dll" --fixture "$CATALOG" --port "$FAKE_PORT"
             --api-key "$ERP_KEY" --api-secret "$ERP_SECRET"
             --latency-bin-ms "$LATENCY_BIN_MS" --latency-po-ms "$LATENCY_PO_MS")
  cmd_log fake "${cmd[@]}"
  start_bg fake "${cmd[@]}"
  wait_tcp "$FAKE_PORT" 30 || die "fake ERPNext did not start (see $LOGS/fake.log)"
}

# start_api NAME [KEY=VALUE...]: the published API in ErpNext mode against the fake (and Redis,
# unless Redis__Configuration= is passed). Sets API_PORT_<NAME>; waits for /health/ready.
start_api() {
  local name=$1; shift
  local port
  port=$(free_port)
  local envs=(
    "ASPNETCORE_URLS=http://127.0.0.1:$port" "ASPNETCORE_ENVIRONMENT=Production"
    "Erp__BaseUrl=http://127.0.0.1:$FAKE_PORT" "Erp__ApiKey=$ERP_KEY" "Erp__ApiSecret=$ERP_SECRET"
    "Redis__Configuration=127.0.0.1:$REDIS_PORT"
    "${API_EXTRA_ENV[@]}" "$@")
  local cmd=(env "${envs[@]}" dotnet "$PUB/api/Promise.Api.dll")
  cmd_log "api-$name" "${cmd[@]}"
  start_bg "api-$name" "${cmd[@]}"
  eval "API_PORT_${name//[^a-zA-Z0-9]/_}=$port"
  wait_http "http://127.0.0.1:$port/health/ready" 60 || die "API $name not ready (see $LOGS/api-$name.log)"
}

api_port() { local v="API_PORT_${1//[^a-zA-Z0-9]/_}"; echo "${!v}"; }
api_url() { echo "http://127.0.0.1:$(api_port "$1")"; }

start_baseline() {
  BASELINE_PORT=$(free_port)
  local cmd=(dotnet "$PUB/baseline/Baseline.dll" --urls "http://127.0.0.1:$BASELINE_PORT" "$@")
  cmd_log baseline "${cmd[@]}"
  start_bg baseline "${cmd[@]}"
  wait_http "http://127.0.0.1:$BASELINE_PORT/health/live" 30 || die "baseline did not start"
}

# nginx in front of the given API instances (round robin, keep-alive upstream connections).
start_nginx() {
  LB_PORT=$(free_port)
  local dir="$WORK/nginx" servers=""
  mkdir -p "$dir"
  for name in "$@"; do servers+="    server 127.0.0.1:$(api_port "$name");"$'\n'; done
  cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  upstream promise {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://promise;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
CONF
  local cmd=(nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;')
  cmd_log nginx "${cmd[@]}"
  start_bg nginx "${cmd[@]}"
  wait_tcp "$LB_PORT" 10 || die "nginx did not start (see $dir/error.log)"
}
